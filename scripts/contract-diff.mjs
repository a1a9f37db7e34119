// @ts-check
/**
 * Compares our SCV contract (OpenAPI 3.1) with an API description served by an appliance (OpenAPI 3 from
 * springdoc, or Swagger 2 from Springfox): paths, methods, parameters, and request and response fields with every
 * `$ref` resolved. Pure functions only; `check-appliance.mjs` does the reading and printing.
 */

/** @typedef {Record<string, unknown>} Node */

/**
 * @typedef {'missing-path' | 'extra-path' | 'path-spelling' | 'path-parameter-name' | 'missing-method'
 *   | 'extra-method' | 'method-differs' | 'query-parameter-missing' | 'query-parameter-extra'
 *   | 'request-body-missing' | 'request-body-extra' | 'request-field-missing' | 'request-field-extra'
 *   | 'request-field-type' | 'request-field-unspecified' | 'success-status' | 'response-field-missing'
 *   | 'response-field-extra' | 'response-field-type' | 'response-field-unspecified'} FindingKind
 */

/**
 * One difference. `path` and `method` are the contract's (for extra items, the appliance's). `ours`/`theirs`
 * hold the two sides' values where there are two; `source` is the contract's provenance marker.
 * @typedef {{
 *   kind: FindingKind,
 *   path: string,
 *   method?: string,
 *   field?: string,
 *   ours?: string,
 *   theirs?: string,
 *   source?: string,
 * }} Finding
 */

/**
 * Fields of a body schema, flattened to `a.b[].c` paths.
 * @typedef {{ types: Map<string, Set<string>>, sources: Map<string, string> }} FieldMap
 */

/**
 * @typedef {{
 *   path: string,
 *   method: string,
 *   source: string | undefined,
 *   pathParams: string[],
 *   queryParams: string[],
 *   request: FieldMap | null,
 *   successStatus: string | null,
 *   response: FieldMap | null,
 * }} OperationInfo
 */

/** @typedef {{ format: 'openapi3' | 'swagger2', title: string, operations: OperationInfo[] }} DocumentInfo */

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'options', 'head', 'trace']
const MAX_DEPTH = 12

/**
 * @param {unknown} value
 * @returns {value is Node}
 */
export function isNode(value) {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * @param {unknown} value
 * @returns {unknown[]}
 */
function list(value) {
  return Array.isArray(value) ? value : []
}

/**
 * Resolves a local JSON pointer such as `#/components/schemas/Job` or `#/definitions/Job`.
 * @param {Node} doc
 * @param {string} ref
 * @returns {unknown}
 */
function resolvePointer(doc, ref) {
  if (!ref.startsWith('#/')) throw new Error(`Only local $refs are supported: ${ref}`)
  /** @type {unknown} */
  let at = doc
  for (const raw of ref.slice(2).split('/')) {
    const key = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~')
    at = isNode(at) ? at[key] : undefined
  }
  if (at === undefined) throw new Error(`Unresolvable $ref: ${ref}`)
  return at
}

/**
 * Follows `$ref`s; returns the node and the last ref followed (to detect recursion).
 * @param {Node} doc
 * @param {unknown} value
 * @returns {{ node: Node, ref: string | null }}
 */
function deref(doc, value) {
  let node = isNode(value) ? value : {}
  /** @type {string | null} */
  let ref = null
  for (let hops = 0; typeof node.$ref === 'string'; hops++) {
    if (hops > 32) throw new Error(`$ref loop at ${node.$ref}`)
    ref = node.$ref
    const target = resolvePointer(doc, ref)
    node = isNode(target) ? target : {}
  }
  return { node, ref }
}

/**
 * @param {Node} schema
 * @returns {string[]}
 */
function typesOf(schema) {
  /** @type {string[]} */
  let types = []
  if (typeof schema.type === 'string') types = [schema.type]
  else if (Array.isArray(schema.type)) types = schema.type.filter((t) => typeof t === 'string')
  else if (isNode(schema.properties)) types = ['object']
  else if (schema.items !== undefined) types = ['array']
  if (schema.nullable === true) types.push('null')
  return types
}

/**
 * Flattens a schema into field paths with their types, resolving `$ref`, `allOf`, `oneOf` and `anyOf`.
 * @param {Node} doc
 * @param {unknown} schema
 * @returns {FieldMap}
 */
export function flattenSchema(doc, schema) {
  /** @type {FieldMap} */
  const out = { types: new Map(), sources: new Map() }
  walk(doc, schema, '', out, [], 0, undefined)
  return out
}

/**
 * @param {Node} doc
 * @param {unknown} schema
 * @param {string} prefix
 * @param {FieldMap} out
 * @param {string[]} stack refs being expanded (recursion guard)
 * @param {number} depth
 * @param {string | undefined} inherited provenance of the enclosing schema
 */
function walk(doc, schema, prefix, out, stack, depth, inherited) {
  const { node, ref } = deref(doc, schema)
  const own =
    isNode(schema) && typeof schema['x-scv-source'] === 'string' ? schema['x-scv-source'] : undefined
  const source = own ?? (typeof node['x-scv-source'] === 'string' ? node['x-scv-source'] : inherited)
  if (prefix) {
    const types = out.types.get(prefix) ?? new Set()
    for (const t of typesOf(node)) types.add(t)
    out.types.set(prefix, types)
    if (source && !out.sources.has(prefix)) out.sources.set(prefix, source)
  }
  if ((ref && stack.includes(ref)) || depth > MAX_DEPTH) return
  const nextStack = ref ? [...stack, ref] : stack
  for (const part of [...list(node.allOf), ...list(node.oneOf), ...list(node.anyOf)]) {
    walk(doc, part, prefix, out, nextStack, depth + 1, source)
  }
  if (isNode(node.properties)) {
    for (const [name, property] of Object.entries(node.properties)) {
      walk(doc, property, prefix ? `${prefix}.${name}` : name, out, nextStack, depth + 1, source)
    }
  }
  if (node.items !== undefined) walk(doc, node.items, `${prefix}[]`, out, nextStack, depth + 1, source)
}

/**
 * Picks the JSON-ish media type of an OpenAPI 3 `content` map (springdoc often writes `*\/*`).
 * @param {unknown} content
 * @returns {unknown}
 */
function pickMedia(content) {
  if (!isNode(content)) return undefined
  const keys = Object.keys(content)
  const key =
    keys.find((k) => k === 'application/json') ??
    keys.find((k) => k.includes('json')) ??
    keys.find((k) => k === '*/*') ??
    keys[0]
  const media = key === undefined ? undefined : content[key]
  return isNode(media) ? media.schema : undefined
}

/**
 * The part of a server URL or base path that is a path (`https://scv:8144/api` → `/api`).
 * @param {unknown} url
 * @returns {string}
 */
function basePathOf(url) {
  if (typeof url !== 'string' || url === '') return ''
  let path = url
  try {
    path = new URL(url, 'http://base.invalid').pathname
  } catch {
    // keep the raw value
  }
  return path.replace(/\/+$/, '')
}

/**
 * Both sides are compared relative to the REST base `/api`.
 * @param {string} base
 * @param {string} path
 */
function apiRelative(base, path) {
  const full = `${base}/${path.replace(/^\/+/, '')}`.replace(/\/+$/, '') || '/'
  return full.startsWith('/api/') ? full.slice(4) : full
}

/**
 * Reads an OpenAPI 3.x or Swagger 2.0 document into comparable operations.
 * @param {unknown} input
 * @returns {DocumentInfo}
 */
export function describeDocument(input) {
  if (!isNode(input)) throw new Error('Not an API description (expected an object)')
  const doc = input
  const swagger2 = typeof doc.swagger === 'string' && doc.swagger.startsWith('2')
  if (!swagger2 && !(typeof doc.openapi === 'string' && doc.openapi.startsWith('3'))) {
    throw new Error('Not an OpenAPI 3 or Swagger 2 document (no "openapi" or "swagger" version field)')
  }
  const base = swagger2
    ? basePathOf(doc.basePath)
    : basePathOf(isNode(list(doc.servers)[0]) ? /** @type {Node} */ (list(doc.servers)[0]).url : '')
  const info = isNode(doc.info) ? doc.info : {}
  /** @type {OperationInfo[]} */
  const operations = []
  for (const [rawPath, rawItem] of Object.entries(isNode(doc.paths) ? doc.paths : {})) {
    const item = deref(doc, rawItem).node
    const path = apiRelative(base, rawPath)
    for (const method of METHODS) {
      if (!isNode(item[method])) continue
      const op = item[method]
      const parameters = [...list(item.parameters), ...list(op.parameters)].map((p) => deref(doc, p).node)
      /** @type {unknown} */
      let requestSchema
      if (swagger2) {
        const body = parameters.find((p) => p.in === 'body')
        requestSchema = body?.schema
        const form = parameters.filter((p) => p.in === 'formData')
        if (!body && form.length > 0) {
          requestSchema = {
            type: 'object',
            properties: Object.fromEntries(form.map((p) => [String(p.name), p])),
          }
        }
      } else if (op.requestBody !== undefined) {
        requestSchema = pickMedia(deref(doc, op.requestBody).node.content) ?? {}
      }
      const responses = isNode(op.responses) ? op.responses : {}
      const successStatus =
        Object.keys(responses)
          .filter((s) => /^2\d\d$/.test(s))
          .sort()[0] ?? null
      /** @type {unknown} */
      let responseSchema
      if (successStatus) {
        const response = deref(doc, responses[successStatus]).node
        responseSchema = swagger2 ? response.schema : pickMedia(response.content)
      }
      operations.push({
        path,
        method,
        source: typeof op['x-scv-source'] === 'string' ? op['x-scv-source'] : undefined,
        pathParams: [...rawPath.matchAll(/\{([^}]*)\}/g)].map((m) => String(m[1]).trim()),
        queryParams: parameters
          .filter((p) => p.in === 'query')
          .map((p) => String(p.name))
          .sort(),
        request: requestSchema === undefined ? null : flattenSchema(doc, requestSchema),
        successStatus,
        response: responseSchema === undefined ? null : flattenSchema(doc, responseSchema),
      })
    }
  }
  return {
    format: swagger2 ? 'swagger2' : 'openapi3',
    title:
      `${typeof info.title === 'string' ? info.title : 'untitled'} ${typeof info.version === 'string' ? info.version : ''}`.trim(),
    operations,
  }
}

/** @param {string} path */
function templateKey(path) {
  return path.replace(/\{[^}]*\}/g, '{}').replace(/\/+$/, '')
}

/** @param {Set<string> | undefined} types */
function typeLabel(types) {
  return types && types.size > 0 ? [...types].sort().join('|') : 'any'
}

/**
 * @param {Set<string> | undefined} types
 * @returns {Set<string>}
 */
function concrete(types) {
  return new Set([...(types ?? [])].filter((t) => t !== 'null'))
}

/**
 * Whether every type in `inner` is allowed by `outer` (`number` allows `integer`).
 * @param {Set<string>} inner
 * @param {Set<string>} outer
 */
function covers(outer, inner) {
  return [...inner].every((t) => outer.has(t) || (t === 'integer' && outer.has('number')))
}

/**
 * Types are compared without `null` (generators disagree on nullability) and only when both sides state one.
 * A response field agrees when everything the appliance sends fits our type; a request field agrees when
 * everything we send fits the appliance's type.
 * @param {Set<string> | undefined} ours
 * @param {Set<string> | undefined} theirs
 * @param {'request' | 'response'} side
 */
function compatibleType(ours, theirs, side) {
  const a = concrete(ours)
  const b = concrete(theirs)
  if (a.size === 0 || b.size === 0) return true
  return side === 'response' ? covers(a, b) : covers(b, a)
}

/**
 * The field a field belongs to, and the kind of container it needs there (`a.b` needs object `a`, `a[]` array `a`).
 * @param {string} field
 * @returns {{ parent: string, container: 'object' | 'array' }}
 */
function parentOf(field) {
  if (field.endsWith('[]')) return { parent: field.slice(0, -2), container: 'array' }
  const dot = field.lastIndexOf('.')
  return { parent: dot < 0 ? '' : field.slice(0, dot), container: 'object' }
}

/**
 * Field-by-field differences. A missing field hides its own children. Where the appliance leaves a field an
 * unspecified object (no properties), our fields under it are summed up in one `*-field-unspecified` finding.
 * Where the appliance's field has another shape than one of our union's branches (string vs array of strings),
 * the branch's children are not reported; the type comparison of the field itself speaks for it.
 * @param {FieldMap} ours
 * @param {FieldMap} theirs
 * @param {'request' | 'response'} side
 * @param {{ path: string, method: string }} at
 * @returns {Finding[]}
 */
function compareFields(ours, theirs, side, at) {
  /** @type {Finding[]} */
  const findings = []
  const theirFields = [...theirs.types.keys()]
  const hasChildren = (/** @type {string} */ field) =>
    field === ''
      ? theirFields.length > 0
      : theirFields.some((f) => f.startsWith(`${field}.`) || f.startsWith(`${field}[]`))
  /** @param {string} field */
  const theirTypes = (field) => concrete(theirs.types.get(field))
  /** @param {string} field */
  const isOpaque = (field) => {
    if (hasChildren(field)) return false
    if (field === '') return true
    const types = theirTypes(field)
    return theirs.types.has(field) && (types.size === 0 || (types.has('object') && types.size === 1))
  }
  /** @param {string} field */
  const otherBranch = (field) => {
    const { parent, container } = parentOf(field)
    if (parent === '' || !theirs.types.has(parent)) return false
    const types = theirTypes(parent)
    return types.size > 0 && !types.has(container)
  }
  /** @type {string[]} */
  const reported = []
  const covered = (/** @type {string} */ field) =>
    reported.some((p) => p === '' || field.startsWith(`${p}.`) || field.startsWith(`${p}[]`))
  /** @type {Map<string, Finding>} */
  const unspecified = new Map()
  for (const field of [...ours.types.keys()].sort()) {
    if (!theirs.types.has(field)) {
      if (covered(field) || otherBranch(field)) continue
      let opaque = parentOf(field).parent
      while (opaque !== '' && !theirs.types.has(opaque)) opaque = parentOf(opaque).parent
      if (isOpaque(opaque)) {
        const summary = unspecified.get(opaque) ?? {
          kind: /** @type {FindingKind} */ (`${side}-field-unspecified`),
          ...at,
          field: opaque || '(body)',
          ours: '0',
        }
        summary.ours = String(Number(summary.ours) + 1)
        unspecified.set(opaque, summary)
        continue
      }
      reported.push(field)
      findings.push({
        kind: `${side}-field-missing`,
        ...at,
        field,
        ours: typeLabel(ours.types.get(field)),
        source: ours.sources.get(field),
      })
    } else if (!compatibleType(ours.types.get(field), theirs.types.get(field), side)) {
      findings.push({
        kind: `${side}-field-type`,
        ...at,
        field,
        ours: typeLabel(ours.types.get(field)),
        theirs: typeLabel(theirs.types.get(field)),
        source: ours.sources.get(field),
      })
    }
  }
  findings.push(...unspecified.values())
  reported.length = 0
  for (const field of theirFields.sort()) {
    if (ours.types.has(field) || covered(field)) continue
    reported.push(field)
    findings.push({ kind: `${side}-field-extra`, ...at, field, theirs: typeLabel(theirs.types.get(field)) })
  }
  return findings
}

/**
 * @param {OperationInfo} ours
 * @param {OperationInfo} theirs
 * @returns {Finding[]}
 */
function compareOperations(ours, theirs) {
  const at = { path: ours.path, method: ours.method }
  /** @type {Finding[]} */
  const findings = []
  for (const name of ours.queryParams.filter((q) => !theirs.queryParams.includes(q))) {
    findings.push({ kind: 'query-parameter-missing', ...at, field: name, source: ours.source })
  }
  for (const name of theirs.queryParams.filter((q) => !ours.queryParams.includes(q))) {
    findings.push({ kind: 'query-parameter-extra', ...at, field: name })
  }
  if (ours.request && !theirs.request)
    findings.push({ kind: 'request-body-missing', ...at, source: ours.source })
  else if (!ours.request && theirs.request) findings.push({ kind: 'request-body-extra', ...at })
  else if (ours.request && theirs.request)
    findings.push(...compareFields(ours.request, theirs.request, 'request', at))
  if (ours.successStatus !== theirs.successStatus) {
    findings.push({
      kind: 'success-status',
      ...at,
      ours: ours.successStatus ?? 'none',
      theirs: theirs.successStatus ?? 'none',
    })
  }
  if (ours.response && theirs.response)
    findings.push(...compareFields(ours.response, theirs.response, 'response', at))
  return findings
}

/**
 * @param {OperationInfo[]} operations
 * @returns {Map<string, OperationInfo[]>}
 */
function byPath(operations) {
  /** @type {Map<string, OperationInfo[]>} */
  const paths = new Map()
  for (const op of operations) paths.set(op.path, [...(paths.get(op.path) ?? []), op])
  return paths
}

/**
 * Pairs each contract path with an appliance path: same template (parameter names aside) first, then the same
 * template ignoring case (reported as a spelling difference).
 * @param {string[]} ourPaths
 * @param {string[]} theirPaths
 * @returns {Map<string, string>}
 */
function pairPaths(ourPaths, theirPaths) {
  /** @type {Map<string, string>} */
  const pairs = new Map()
  const free = new Set(theirPaths)
  const passes = [
    (/** @type {string} */ a, /** @type {string} */ b) => a === b,
    (/** @type {string} */ a, /** @type {string} */ b) => templateKey(a) === templateKey(b),
    (/** @type {string} */ a, /** @type {string} */ b) =>
      templateKey(a).toLowerCase() === templateKey(b).toLowerCase(),
  ]
  for (const same of passes) {
    for (const ours of ourPaths) {
      if (pairs.has(ours)) continue
      const match = [...free].find((theirs) => same(ours, theirs))
      if (match !== undefined) {
        pairs.set(ours, match)
        free.delete(match)
      }
    }
  }
  return pairs
}

/**
 * Everything that differs between our contract and an appliance's description.
 * @param {unknown} contract our OpenAPI document
 * @param {unknown} appliance the appliance's OpenAPI 3 or Swagger 2 document
 * @returns {{ findings: Finding[], contract: DocumentInfo, appliance: DocumentInfo }}
 */
export function diffContracts(contract, appliance) {
  const ours = describeDocument(contract)
  const theirs = describeDocument(appliance)
  const ourPaths = byPath(ours.operations)
  const theirPaths = byPath(theirs.operations)
  const pairs = pairPaths([...ourPaths.keys()], [...theirPaths.keys()])
  /** @type {Finding[]} */
  const findings = []

  for (const [path, ourOps] of ourPaths) {
    const theirPath = pairs.get(path)
    if (theirPath === undefined) {
      findings.push({
        kind: 'missing-path',
        path,
        method: ourOps.map((o) => o.method).join(','),
        source: ourOps.map((o) => o.source ?? '?').join(','),
      })
      continue
    }
    const theirOps = theirPaths.get(theirPath) ?? []
    if (templateKey(path) !== templateKey(theirPath)) {
      findings.push({ kind: 'path-spelling', path, ours: path, theirs: theirPath })
    }
    const ourParams = ourOps[0]?.pathParams ?? []
    const theirParams = theirOps[0]?.pathParams ?? []
    if (ourParams.join(',') !== theirParams.join(',')) {
      findings.push({
        kind: 'path-parameter-name',
        path,
        ours: ourParams.join(','),
        theirs: theirParams.join(','),
      })
    }
    const onlyOurs = ourOps.filter((o) => !theirOps.some((t) => t.method === o.method))
    const onlyTheirs = theirOps.filter((t) => !ourOps.some((o) => o.method === t.method))
    for (const op of ourOps) {
      const match = theirOps.find((t) => t.method === op.method)
      if (match) findings.push(...compareOperations(op, match))
    }
    const [ourOnly] = onlyOurs
    const [theirOnly] = onlyTheirs
    if (onlyOurs.length === 1 && onlyTheirs.length === 1 && ourOnly && theirOnly) {
      findings.push({
        kind: 'method-differs',
        path,
        method: ourOnly.method,
        ours: ourOnly.method.toUpperCase(),
        theirs: theirOnly.method.toUpperCase(),
        source: ourOnly.source,
      })
      findings.push(...compareOperations(ourOnly, theirOnly))
    } else {
      for (const op of onlyOurs)
        findings.push({ kind: 'missing-method', path, method: op.method, source: op.source })
      for (const op of onlyTheirs)
        findings.push({ kind: 'extra-method', path, method: op.method, theirs: theirPath })
    }
  }
  const paired = new Set(pairs.values())
  for (const [path, theirOps] of theirPaths) {
    if (!paired.has(path))
      findings.push({ kind: 'extra-path', path, method: theirOps.map((o) => o.method).join(',') })
  }
  return { findings, contract: ours, appliance: theirs }
}

/** @param {Finding} f */
function describeFinding(f) {
  const src = f.source ? ` [${f.source}]` : ''
  switch (f.kind) {
    case 'path-spelling':
      return `path spelled differently: contract ${f.ours}, appliance ${f.theirs}`
    case 'path-parameter-name':
      return `path parameter names: contract {${f.ours}}, appliance {${f.theirs}}`
    case 'missing-method':
      return `${String(f.method).toUpperCase()} missing on the appliance${src}`
    case 'extra-method':
      return `${String(f.method).toUpperCase()} only on the appliance`
    case 'method-differs':
      return `method differs: contract ${f.ours}${src}, appliance ${f.theirs}`
    case 'query-parameter-missing':
      return `query parameter "${f.field}" missing on the appliance${src}`
    case 'query-parameter-extra':
      return `query parameter "${f.field}" only on the appliance`
    case 'request-body-missing':
      return `request body missing on the appliance${src}`
    case 'request-body-extra':
      return 'request body only on the appliance'
    case 'success-status':
      return `success status: contract ${f.ours}, appliance ${f.theirs}`
    case 'request-field-missing':
    case 'response-field-missing':
      return `${f.kind.split('-')[0]}  - ${f.field} (${f.ours}) missing on the appliance${src}`
    case 'request-field-extra':
    case 'response-field-extra':
      return `${f.kind.split('-')[0]}  + ${f.field} (${f.theirs}) only on the appliance`
    case 'request-field-unspecified':
    case 'response-field-unspecified':
      return `${f.kind.split('-')[0]}  ? ${f.field}: an object without properties on the appliance (${f.ours} contract field${f.ours === '1' ? '' : 's'} under it)`
    case 'request-field-type':
    case 'response-field-type':
      return `${f.kind.split('-')[0]}  ~ ${f.field}: contract ${f.ours}${src}, appliance ${f.theirs}`
    default:
      return f.kind
  }
}

/**
 * A readable report, path by path and field by field.
 * @param {{ findings: Finding[], contract: DocumentInfo, appliance: DocumentInfo }} result
 * @param {{ contractName?: string, applianceName?: string }} [names]
 * @returns {string}
 */
export function formatReport(result, names = {}) {
  const { findings, contract, appliance } = result
  const lines = [
    `Contract:  ${names.contractName ?? contract.title} (${contract.operations.length} operations)`,
    `Appliance: ${names.applianceName ?? appliance.title} (${appliance.format === 'swagger2' ? 'Swagger 2.0' : 'OpenAPI 3'}, ${appliance.operations.length} operations)`,
    '',
  ]
  if (findings.length === 0) {
    lines.push('No differences.')
    return lines.join('\n')
  }
  const missing = findings.filter((f) => f.kind === 'missing-path')
  const extra = findings.filter((f) => f.kind === 'extra-path')
  if (missing.length > 0) {
    lines.push('Paths in the contract but not on the appliance:')
    for (const f of missing)
      lines.push(`  ${String(f.method).toUpperCase().padEnd(12)} ${f.path}  [${f.source}]`)
    lines.push('')
  }
  if (extra.length > 0) {
    lines.push('Paths on the appliance but not in the contract:')
    for (const f of extra) lines.push(`  ${String(f.method).toUpperCase().padEnd(12)} ${f.path}`)
    lines.push('')
  }
  /** @type {Map<string, { title: string, items: Finding[] }>} */
  const perPath = new Map()
  for (const f of findings) {
    if (f.kind === 'missing-path' || f.kind === 'extra-path') continue
    // Path-level findings sort before the path's operations.
    const key = `${f.path} ${f.method ?? ''}`
    const title = f.method ? `${f.method.toUpperCase()} ${f.path}` : f.path
    const group = perPath.get(key) ?? { title, items: [] }
    group.items.push(f)
    perPath.set(key, group)
  }
  if (perPath.size > 0) {
    lines.push('Differences path by path:')
    for (const key of [...perPath.keys()].sort()) {
      const group = perPath.get(key)
      if (!group) continue
      lines.push(`  ${group.title}`)
      for (const f of group.items) lines.push(`    ${describeFinding(f)}`)
    }
    lines.push('')
  }
  /** @type {Record<string, number>} */
  const counts = {}
  for (const f of findings) counts[f.kind] = (counts[f.kind] ?? 0) + 1
  lines.push(
    `${findings.length} differences: ${Object.entries(counts)
      .map(([k, n]) => `${n} ${k}`)
      .join(', ')}`,
  )
  return lines.join('\n')
}
