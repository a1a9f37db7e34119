import { answerRules, schemaRules } from './contract/answer-rules.generated'
import { ApiError } from './errors'

/**
 * What the console checks in an answer, generated from the contract (scripts/gen-answer-rules.mjs): the
 * required fields and their JSON types, the nested objects and arrays that hold any, a named schema by `ref`.
 */
export interface AnswerRule {
  ref?: string
  types?: readonly string[]
  required?: readonly string[]
  props?: Readonly<Record<string, AnswerRule>>
  items?: AnswerRule
}

/** A required field an answer lacks (or holds with a type the contract does not allow), and where. */
export interface AnswerProblem {
  field: string
  /** JSON path of the object that lacks it, e.g. `$.response.jobResponseList[3]`. */
  at: string
  /** The JSON type found instead, when the field is there but of the wrong type. */
  found?: string
}

type Trail = (string | number)[]

function jsonType(value: unknown): string {
  if (value === null) return 'null'
  return Array.isArray(value) ? 'array' : typeof value
}

function trailText(trail: Trail): string {
  return trail.reduce<string>(
    (text, step) => (typeof step === 'number' ? `${text}[${step}]` : `${text}.${step}`),
    '$',
  )
}

/** The props of a rule that have something inside to check, worked out once per rule (not per job). */
const nestedKeysOf = new WeakMap<AnswerRule, string[]>()
function nestedKeys(rule: AnswerRule): string[] {
  let keys = nestedKeysOf.get(rule)
  if (!keys) {
    const props = rule.props ?? {}
    keys = Object.keys(props).filter((key) => {
      const sub = props[key]
      return !!(sub && (sub.ref || sub.required || sub.props || sub.items))
    })
    nestedKeysOf.set(rule, keys)
  }
  return keys
}

/** The first problem in `value` against `rule`, or undefined. Types of optional fields are not checked. */
function problemIn(value: unknown, rule: AnswerRule, trail: Trail): AnswerProblem | undefined {
  if (rule.ref) {
    const named = schemaRules[rule.ref]
    const problem = named && problemIn(value, named, trail)
    if (problem) return problem
  }
  if (rule.items) {
    if (!Array.isArray(value)) return undefined
    for (let index = 0; index < value.length; index++) {
      trail.push(index)
      const problem = problemIn(value[index], rule.items, trail)
      trail.pop()
      if (problem) return problem
    }
    return undefined
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined
  const record = value as Record<string, unknown>
  for (const field of rule.required ?? []) {
    const found = record[field]
    if (found === undefined) return { field, at: trailText(trail) }
    const types = rule.props?.[field]?.types
    if (types && !types.includes(jsonType(found)))
      return { field, at: trailText(trail), found: jsonType(found) }
  }
  for (const key of nestedKeys(rule)) {
    const found = record[key]
    const sub = rule.props?.[key]
    if (found === undefined || found === null || !sub) continue
    trail.push(key)
    const problem = problemIn(found, sub, trail)
    trail.pop()
    if (problem) return problem
  }
  return undefined
}

/**
 * A check that took long enough to matter (the 100,000-job list) leaves one user-timing measure per path,
 * replaced each time so a day of polling does not pile them up; `npm run bench -- --http` reads it.
 */
function recordCost(name: string, started: number): void {
  const duration = performance.now() - started
  if (duration < 2) return
  performance.clearMeasures(name)
  performance.measure(name, { start: started, duration })
}

/** The first required field a GET answer lacks, by the contract; undefined when it has them all. */
export function answerProblem(path: string, answer: unknown): AnswerProblem | undefined {
  const rule = answerRules[path]
  return rule ? problemIn(answer, rule, []) : undefined
}

/**
 * The first problem among elements of a list answer, checked a run at a time where the list is read as it
 * arrives (the job list, in the job index): `schema` names the elements' schema, `listAt` the list's path in
 * the answer, `from` the position of the run's first element.
 */
export function itemsProblem(
  schema: string,
  items: readonly unknown[],
  listAt: readonly string[],
  from: number,
): AnswerProblem | undefined {
  const rule = schemaRules[schema]
  if (!rule) return undefined
  const trail: Trail = [...listAt, 0]
  for (let index = 0; index < items.length; index++) {
    trail[listAt.length] = from + index
    const problem = problemIn(items[index], rule, trail)
    if (problem) return problem
  }
  return undefined
}

/** The error for an answer with a problem: it names the operation, the field and where. */
export function malformedAnswer(method: string, path: string, problem: AnswerProblem): ApiError {
  const verb = method.toUpperCase()
  const what = problem.found ? `has ${problem.field} as ${problem.found}` : `lacks ${problem.field}`
  return new ApiError({
    kind: 'malformed',
    status: 200,
    method: verb,
    path,
    problem,
    message: `The appliance's answer to ${verb} ${path} ${what} at ${problem.at}`,
  })
}

/**
 * Where answers enter the console (the resource query factory): an answer that lacks a required field is an
 * error naming the operation and the field, never data with blank names or "unknown" statuses.
 */
export function checkedAnswer<T>(method: string, path: string, answer: T): T {
  const verb = method.toUpperCase()
  const started = performance.now()
  const problem = answerProblem(path, answer)
  recordCost(`answer-check ${verb} ${path}`, started)
  if (!problem) return answer
  throw malformedAnswer(verb, path, problem)
}
