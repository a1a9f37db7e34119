// @vitest-environment node
import { readFileSync } from 'node:fs'
import { parseYaml } from '@redocly/openapi-core'
import openapiTS, { astToString } from 'openapi-typescript'
import { describe, expect, it } from 'vitest'
import { documentedEndpoints, undocumentedEndpoints, type HttpMethod } from './documented-endpoints'

type Node = Record<string, unknown>

const contractUrl = new URL('../scv-api.yaml', import.meta.url)
const schemaUrl = new URL('../schema.d.ts', import.meta.url)
const doc = asNode(parseYaml(readFileSync(contractUrl, 'utf8')), 'document')

const methods: readonly HttpMethod[] = ['get', 'post', 'put', 'patch', 'delete']

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function asNode(value: unknown, where: string): Node {
  if (!isNode(value)) throw new Error(`${where}: expected an object`)
  return value
}

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value]
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []
}

/** Follows local `$ref`s (`#/components/...`) until a concrete node. */
function deref(value: unknown, where = 'schema'): Node {
  let node = asNode(value, where)
  for (let hops = 0; typeof node.$ref === 'string'; hops++) {
    if (hops > 20) throw new Error(`${where}: $ref loop`)
    const target: unknown = node.$ref
      .replace(/^#\//, '')
      .split('/')
      .reduce<unknown>((at, key) => (isNode(at) ? at[key] : undefined), doc)
    node = asNode(target, String(node.$ref))
  }
  return node
}

/** The object branch of a nullable `oneOf`/`anyOf`, or the schema itself. */
function objectBranch(schema: Node): Node {
  const branches = [
    ...(Array.isArray(schema.oneOf) ? schema.oneOf : []),
    ...(Array.isArray(schema.anyOf) ? schema.anyOf : []),
  ]
  for (const branch of branches) {
    const resolved = deref(branch)
    if (isNode(resolved.properties) || resolved.type === 'array') return resolved
  }
  return schema
}

/** Walks `a.b[].c` through properties and array items, resolving refs; throws with the missing step. */
function schemaAt(root: unknown, path: string): Node {
  let schema = objectBranch(deref(root))
  for (const step of path.split('.')) {
    const isArray = step.endsWith('[]')
    const name = isArray ? step.slice(0, -2) : step
    const properties = isNode(schema.properties) ? schema.properties : {}
    if (!(name in properties)) throw new Error(`missing property "${name}" in ${path}`)
    schema = objectBranch(deref(properties[name], path))
    if (isArray) {
      expect(schema.type, `${name} is an array`).toBe('array')
      schema = objectBranch(deref(schema.items, path))
    }
  }
  return schema
}

const paths = asNode(doc.paths, 'paths')

interface Operation {
  path: string
  method: HttpMethod
  op: Node
  pathItem: Node
}

const operations: Operation[] = Object.entries(paths).flatMap(([path, item]) => {
  const pathItem = asNode(item, path)
  return methods
    .filter((m) => isNode(pathItem[m]))
    .map((method) => ({ path, method, op: asNode(pathItem[method], path), pathItem }))
})

function operation(method: HttpMethod, path: string): Node {
  const found = operations.find((o) => o.method === method && o.path === path)
  if (!found) throw new Error(`no ${method.toUpperCase()} ${path} in the contract`)
  return found.op
}

function requestSchema(method: HttpMethod, path: string): Node {
  const body = asNode(operation(method, path).requestBody, `${method} ${path} requestBody`)
  return asNode(asNode(asNode(body.content, 'content')['application/json'], 'json').schema, 'schema')
}

function responseSchema(method: HttpMethod, path: string, status = '200'): Node {
  const responses = asNode(operation(method, path).responses, 'responses')
  const response = deref(responses[status], `${method} ${path} ${status}`)
  return asNode(asNode(asNode(response.content, 'content')['application/json'], 'json').schema, 'schema')
}

/** The documented spelling turned into the contract's: leading `/4.1/`, `{uuid}` and `{ moref}` become `{moref}`. */
function contractSpelling(documented: string): string {
  let path = documented.replace(/^\//, '')
  if (!path.startsWith('4.1/') && !path.startsWith('backup/')) path = `4.1/${path}`
  return `/${path}`.replace('{uuid}', '{moref}').replace('{ moref}', '{moref}')
}

describe('documented endpoints', () => {
  it.each(documentedEndpoints.map((e) => [`${e.number} ${e.method.toUpperCase()} ${e.path}`, e] as const))(
    '%s is in the contract with the documented method and spelling',
    (_, entry) => {
      const path = contractSpelling(entry.path)
      const op = operation(entry.method, path)
      if (path !== entry.path) {
        const recorded = [
          ...strings(op['x-scv-doc-path']),
          ...strings(operations.find((o) => o.path === path)?.pathItem['x-scv-doc-path']),
        ]
        expect(recorded, 'the documented spelling is recorded in x-scv-doc-path').toContain(entry.path)
      }
      if (entry.operationName) {
        expect([op.summary, ...strings(op['x-scv-doc-summary'])]).toContain(entry.operationName)
      }
      expect(op['x-scv-doc-number']).toContain(entry.number)
      const source = op['x-scv-source']
      if (entry.source === 'DOC-HIST') expect(source).toBe('doc-history')
      else if (entry.methodEvidence === 'I') expect(source).toBe('inferred')
      else expect(source).toBe('confirmed')
    },
  )

  it('keeps the odd documented spellings exactly', () => {
    const contractPaths = Object.keys(paths)
    for (const spelled of [
      '/4.1/storage-system',
      '/4.1/resource-groups/backupnow',
      '/4.1/resource-groups/{resouceGroupId}',
      '/4.1/vm/backups/{backupId}/snapshotlocations',
      '/4.1/datastores/backups/{backupId}/snapshotlocators',
      '/4.1/vm/{moref}/backups/availableesxhosts',
      '/4.1/datastores/{moref}/availableEsxHosts',
      '/4.1/jobs/{id}/failJobs',
      '/4.1/vm/{moref}/backups/vmdklocations',
      '/4.1/vm/{moref}/backups/{backupId}/vmdklocations',
      '/4.1/vm/{moref}/backups/{backupId}/availabledatastores',
      '/4.1/reports/protectedVM',
      '/4.1/reports/unProtectedVM',
      '/backup/{backup-Id}/cleanup',
    ]) {
      expect(contractPaths).toContain(spelled)
    }
    expect(
      String(
        paths['/4.1/resource-groups/{resouceGroupId}'] &&
          asNode(paths['/4.1/resource-groups/{resouceGroupId}'], 'rg').description,
      ),
    ).toMatch(/typo/)
    expect(operation('get', '/4.1/reports/protectedVM')['x-scv-doc-path']).toBe('4.1/reports/protectedVM')
  })

  it('describes the shared {moref} template as moref or UUID where the documentation uses {uuid}', () => {
    for (const path of ['/4.1/vm/{moref}/backups', '/4.1/vm/{moref}/backups/{backupId}/restore']) {
      const parameters = Array.isArray(asNode(paths[path], path).parameters)
        ? (asNode(paths[path], path).parameters as unknown[])
        : []
      const moref = parameters.map((p) => deref(p)).find((p) => p.name === 'moref')
      expect(moref?.description).toMatch(/VM moref, or the VM UUID for a deleted VM/)
    }
  })

  it.each(undocumentedEndpoints.map((e) => [`${e.method.toUpperCase()} ${e.path}`, e] as const))(
    '%s (claimed, not documented) is designed and marked inferred',
    (_, entry) => {
      expect(operation(entry.method, entry.path)['x-scv-source']).toBe('inferred')
    },
  )

  it('has nothing beyond the catalogue and the claimed operations', () => {
    const known = new Set([
      ...documentedEndpoints.map((e) => `${e.method} ${contractSpelling(e.path)}`),
      ...undocumentedEndpoints.map((e) => `${e.method} ${e.path}`),
    ])
    expect(operations.map((o) => `${o.method} ${o.path}`).filter((k) => !known.has(k))).toEqual([])
  })
})

describe('operations', () => {
  const areas = [
    'Auth',
    'Storage systems',
    'Policies',
    'Resource groups',
    'VM backups and restore',
    'Datastore backups and mounts',
    'Jobs',
    'Reports',
    'Schedules',
    'Audit',
    'Configuration',
  ]

  it('have unique camelCase operationIds, a summary, one area tag and a provenance marker', () => {
    const ids = operations.map((o) => o.op.operationId)
    expect(new Set(ids).size).toBe(ids.length)
    for (const { path, method, op } of operations) {
      const where = `${method} ${path}`
      expect(op.operationId, where).toMatch(/^[a-z][a-zA-Z0-9]*$/)
      expect(typeof op.summary, where).toBe('string')
      expect(op.tags, where).toHaveLength(1)
      expect(areas, where).toContain(strings(op.tags)[0])
      expect(['confirmed', 'inferred', 'doc-history'], where).toContain(op['x-scv-source'])
      if (op['x-scv-source'] === 'confirmed') expect(op['x-scv-evidence'], where).toMatch(/PS|DOC/)
    }
  })

  it('answer 400, 401, 403, 404 and 500 with the shared ErrorResponse body', () => {
    for (const { path, method, op } of operations) {
      const responses = asNode(op.responses, 'responses')
      for (const status of ['400', '401', '403', '404', '500']) {
        const response = deref(responses[status], `${method} ${path} ${status}`)
        expect(asNode(responses[status], 'r').$ref, `${method} ${path} ${status}`).toMatch(
          /^#\/components\/responses\//,
        )
        const schema = asNode(asNode(asNode(response.content, 'c')['application/json'], 'j').schema, 's')
        expect(schema.$ref).toBe('#/components/schemas/ErrorResponse')
      }
    }
  })

  it('send the Token header everywhere except login', () => {
    const schemes = asNode(asNode(doc.components, 'components').securitySchemes, 'securitySchemes')
    expect(schemes.Token).toEqual(expect.objectContaining({ type: 'apiKey', in: 'header', name: 'Token' }))
    expect(doc.security).toEqual([{ Token: [] }])
    expect(doc.servers).toEqual([expect.objectContaining({ url: '/api' })])
    expect(operation('post', '/4.1/auth/login').security).toEqual([])
    expect(operations.filter((o) => o.op.security !== undefined).map((o) => o.op.operationId)).toEqual([
      'login',
    ])
  })

  it('reply with the envelope on every JSON success', () => {
    for (const { path, method, op } of operations) {
      const success = asNode(asNode(op.responses, 'responses')['200'], `${method} ${path} 200`)
      const json = asNode(success.content, 'content')['application/json']
      const schema = deref(asNode(json, `${method} ${path} json`).schema)
      for (const key of ['statusCode', 'statusMessage', 'responseMessage', 'response']) {
        expect(Object.keys(asNode(schema.properties, 'properties')), `${method} ${path}`).toContain(key)
      }
    }
  })

  it('return a job id (inferred) from every call that starts work', () => {
    const starters: [HttpMethod, string][] = [
      ['post', '/4.1/resource-groups/backupnow'],
      ['post', '/4.1/vm/{moref}/backups/{backupId}/restore'],
      ['post', '/4.1/vm/{moref}/backups/{backupId}/restorevmdks'],
      ['post', '/4.1/vm/{moref}/attachvmdks'],
      ['post', '/4.1/vm/{moref}/detachvmdks'],
      ['post', '/4.1/datastores/backups/{backupId}/mount'],
      ['post', '/4.1/datastores/unmount'],
      ['post', '/4.1/jobs/{id}/failJobs'],
      ['post', '/backup/{backup-Id}/cleanup'],
    ]
    for (const [method, path] of starters) {
      expect(schemaAt(responseSchema(method, path), 'response.jobId').type, path).toBe('integer')
      expect(deref(responseSchema(method, path))['x-scv-source']).toBe('inferred')
    }
  })

  it('answer an audit verification with every file and its state (inferred; the docs say it "starts" one)', () => {
    const files = schemaAt(
      responseSchema('post', '/4.1/audit/verify'),
      'response.auditLogResponseList[].integrityStatus',
    )
    expect(files).toBeDefined()
    expect(operation('post', '/4.1/audit/verify').description).toMatch(/inferred/)
  })

  it('list all jobs with an optional job-type query parameter', () => {
    const parameters = (operation('get', '/4.1/jobs').parameters as unknown[]).map((p) => deref(p))
    expect(parameters).toEqual([expect.objectContaining({ name: 'jobType', in: 'query', required: false })])
    expect(schemaAt(responseSchema('get', '/4.1/jobs'), 'response.jobResponseList[].id').type).toBe('integer')
  })
})

describe('confirmed field names', () => {
  const cases: [string, () => Node, string][] = [
    ['login body', () => requestSchema('post', '/4.1/auth/login'), 'username'],
    ['login body', () => requestSchema('post', '/4.1/auth/login'), 'password'],
    ['login reply', () => responseSchema('post', '/4.1/auth/login'), 'response.token'],
    ['policies', () => responseSchema('get', '/4.1/policies'), 'response.policyResponseList[].id'],
    ['policies', () => responseSchema('get', '/4.1/policies'), 'response.policyResponseList[].name'],
    [
      'resource groups',
      () => responseSchema('get', '/4.1/resource-groups'),
      'response.resourceGroupResponseList[].id',
    ],
    [
      'resource groups',
      () => responseSchema('get', '/4.1/resource-groups'),
      'response.resourceGroupResponseList[].name',
    ],
    ['create RG', () => requestSchema('post', '/4.1/resource-groups'), 'name'],
    ['create RG', () => requestSchema('post', '/4.1/resource-groups'), 'description'],
    ['create RG', () => requestSchema('post', '/4.1/resource-groups'), 'entities'],
    ['create RG', () => requestSchema('post', '/4.1/resource-groups'), 'spanningDatastores.spanningType'],
    ['create RG', () => requestSchema('post', '/4.1/resource-groups'), 'policies[].id'],
    ['create RG', () => requestSchema('post', '/4.1/resource-groups'), 'notification'],
    ['backup now', () => requestSchema('post', '/4.1/resource-groups/backupnow'), 'resourceGroupId'],
    ['backup now', () => requestSchema('post', '/4.1/resource-groups/backupnow'), 'policyId'],
    ['backup now', () => responseSchema('post', '/4.1/resource-groups/backupnow'), 'responseMessage'],
    ['rename', () => requestSchema('patch', '/4.1/storage-system'), 'existingSVM.name'],
    ['rename', () => requestSchema('patch', '/4.1/storage-system'), 'newSVM.name'],
    [
      'VM snapshot locations',
      () => responseSchema('get', '/4.1/vm/backups/{backupId}/snapshotlocations'),
      'response.snapshotLocationsList',
    ],
    [
      'datastore snapshot locators',
      () => responseSchema('get', '/4.1/datastores/backups/{backupId}/snapshotlocators'),
      'response.snapshotLocationsList[].datastore',
    ],
    [
      'datastore snapshot locators',
      () => responseSchema('get', '/4.1/datastores/backups/{backupId}/snapshotlocators'),
      'response.snapshotLocationsList[].location',
    ],
    [
      'VM hosts',
      () => responseSchema('get', '/4.1/vm/{moref}/backups/availableesxhosts'),
      'response.availableEsxHostsList',
    ],
    [
      'datastore hosts',
      () => responseSchema('get', '/4.1/datastores/{moref}/availableEsxHosts'),
      'response.availableEsxHostsList',
    ],
    [
      'VMDK locations',
      () => responseSchema('get', '/4.1/vm/{moref}/backups/vmdklocations'),
      'response.vmdkLocationsList',
    ],
    [
      'VMDK locations of a backup',
      () => responseSchema('get', '/4.1/vm/{moref}/backups/{backupId}/vmdklocations'),
      'response.vmdkLocationsList',
    ],
    [
      'available datastores',
      () => responseSchema('get', '/4.1/vm/{moref}/backups/{backupId}/availabledatastores'),
      'response.DatastoreNameList',
    ],
    [
      'restore VM',
      () => requestSchema('post', '/4.1/vm/{moref}/backups/{backupId}/restore'),
      'restoreLocations',
    ],
    ['restore VM', () => requestSchema('post', '/4.1/vm/{moref}/backups/{backupId}/restore'), 'restartVM'],
    [
      'restore VMDKs',
      () => requestSchema('post', '/4.1/vm/{moref}/backups/{backupId}/restorevmdks'),
      'esxHost',
    ],
    [
      'restore VMDKs',
      () => requestSchema('post', '/4.1/vm/{moref}/backups/{backupId}/restorevmdks'),
      'vmdkRestoreLocations[].restoreFromLocation',
    ],
    [
      'restore VMDKs',
      () => requestSchema('post', '/4.1/vm/{moref}/backups/{backupId}/restorevmdks'),
      'vmdkRestoreLocations[].vmdkToRestore',
    ],
    [
      'restore VMDKs',
      () => requestSchema('post', '/4.1/vm/{moref}/backups/{backupId}/restorevmdks'),
      'vmdkRestoreLocations[].restoreToDatastore',
    ],
    ['attach', () => requestSchema('post', '/4.1/vm/{moref}/attachvmdks'), 'backupId'],
    ['attach', () => requestSchema('post', '/4.1/vm/{moref}/attachvmdks'), 'vmdkLocations'],
    ['attach', () => requestSchema('post', '/4.1/vm/{moref}/attachvmdks'), 'alternateVmMoref'],
    ['detach', () => requestSchema('post', '/4.1/vm/{moref}/detachvmdks'), 'vmdksToDetach'],
    ['mount', () => requestSchema('post', '/4.1/datastores/backups/{backupId}/mount'), 'datastore'],
    ['mount', () => requestSchema('post', '/4.1/datastores/backups/{backupId}/mount'), 'location'],
    ['mount', () => requestSchema('post', '/4.1/datastores/backups/{backupId}/mount'), 'esxHostName'],
    ['configurations', () => requestSchema('put', '/4.1/configurations'), 'configurationName'],
    ['configurations', () => requestSchema('put', '/4.1/configurations'), 'configurationValue'],
    ['configurations', () => requestSchema('put', '/4.1/configurations'), 'objectType'],
  ]

  it.each(cases.map(([label, root, path]) => [`${label}: ${path}`, root, path] as const))(
    '%s',
    (_, root, path) => {
      expect(() => schemaAt(root(), path)).not.toThrow()
    },
  )

  it('keeps the create-RG body shapes seen on a live appliance', () => {
    const body = requestSchema('post', '/4.1/resource-groups')
    expect(schemaAt(body, 'entities')).toEqual(
      expect.objectContaining({ type: 'array', items: { type: 'string' } }),
    )
    expect(schemaAt(body, 'policies[].id').type).toBe('integer')
    expect(deref(body).required).toEqual(
      expect.arrayContaining(['name', 'entities', 'spanningDatastores', 'policies']),
    )
  })

  it('allows responseMessage to be a string or an array of strings', () => {
    const responseMessage = deref({ $ref: '#/components/schemas/ResponseMessage' })
    expect(responseMessage.oneOf).toEqual([{ type: 'string' }, { type: 'array', items: { type: 'string' } }])
    for (const name of ['statusCode', 'statusMessage', 'responseMessage']) {
      expect(() => schemaAt({ $ref: '#/components/schemas/ErrorResponse' }, name)).not.toThrow()
    }
  })
})

describe('value sets', () => {
  const schemas = asNode(asNode(doc.components, 'components').schemas, 'schemas')

  const open: [string, string[]][] = [
    [
      'BuiltInScheduleName',
      [
        'Schedule-DatabaseDump',
        'Schedule-PurgeBackups',
        'Schedule-AsupDataCollection',
        'Schedule-ComputeStorageSaving',
        'Schedule-PurgeJobs',
      ],
    ],
    ['AuditIntegrityStatus', ['TAMPERED', 'NORMAL', 'ROLLOVER DELETE', 'UNEXPECTED DELETE', 'ACTIVE']],
    ['Notification', ['NEVER']],
    ['SpanningType', ['EXCLUDE_ALL']],
    ['JobType', ['backup', 'mountBackup', 'restore']],
    ['JobStatus', ['RUNNING', 'SUCCESSFUL', 'WARNING', 'FAILED']],
    ['PolicyFrequency', ['HOURLY']],
    ['ScheduleType', ['HOURLY']],
    ['ResourceGroupStatus', ['PRODUCTION', 'UNDER_MAINTENANCE']],
    ['ResourceGroupScope', ['VIRTUAL_MACHINES', 'DATASTORES']],
    ['StorageSystemType', ['ONTAP_CLUSTER', 'ONTAP_SVM']],
    ['ConfigurationKey', ['ENABLE_FSX', 'FORCE_ZAPI']],
  ]

  it.each(open)('%s lists the documented values and still accepts unknown strings', (name, values) => {
    const branches = (asNode(schemas[name], name).anyOf as unknown[]).map((b) => asNode(b, name))
    expect(branches.find((b) => Array.isArray(b.enum))?.enum).toEqual(expect.arrayContaining(values))
    expect(branches).toContainEqual({ type: 'string' })
  })

  it('generates open types (never closed unions) for partially known value sets', () => {
    const generated = readFileSync(schemaUrl, 'utf8')
    for (const [name] of open) {
      expect(generated, name).toMatch(new RegExp(`^\\s+${name}: \\(.*\\) \\| string;$`, 'm'))
    }
  })
})

describe('generated types', () => {
  it('schema.d.ts is fresh (npm run gen:api)', async () => {
    const expected = astToString(await openapiTS(contractUrl))
    const committed = readFileSync(schemaUrl, 'utf8').replace(/^\/\*\*[\s\S]*?\*\/\s*/, '')
    const normalise = (text: string) => text.replace(/\s+/g, ' ').trim()
    expect(
      normalise(committed) === normalise(expected),
      'src/api/schema.d.ts is stale: run npm run gen:api',
    ).toBe(true)
  })
})
