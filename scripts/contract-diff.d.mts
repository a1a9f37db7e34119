/** Types of contract-diff.mjs for the TypeScript tests (the module itself is plain JavaScript so node can run it). */

export type FindingKind =
  | 'missing-path'
  | 'extra-path'
  | 'path-spelling'
  | 'path-parameter-name'
  | 'missing-method'
  | 'extra-method'
  | 'method-differs'
  | 'query-parameter-missing'
  | 'query-parameter-extra'
  | 'request-body-missing'
  | 'request-body-extra'
  | 'request-field-missing'
  | 'request-field-extra'
  | 'request-field-type'
  | 'request-field-unspecified'
  | 'success-status'
  | 'response-field-missing'
  | 'response-field-extra'
  | 'response-field-type'
  | 'response-field-unspecified'

export interface Finding {
  kind: FindingKind
  path: string
  method?: string
  field?: string
  ours?: string
  theirs?: string
  source?: string
}

export interface FieldMap {
  types: Map<string, Set<string>>
  sources: Map<string, string>
}

export interface OperationInfo {
  path: string
  method: string
  source: string | undefined
  pathParams: string[]
  queryParams: string[]
  request: FieldMap | null
  successStatus: string | null
  response: FieldMap | null
}

export interface DocumentInfo {
  format: 'openapi3' | 'swagger2'
  title: string
  operations: OperationInfo[]
}

export interface DiffResult {
  findings: Finding[]
  contract: DocumentInfo
  appliance: DocumentInfo
}

export function isNode(value: unknown): value is Record<string, unknown>
export function resolvePointer(doc: Record<string, unknown>, ref: string): unknown
export function flattenSchema(doc: Record<string, unknown>, schema: unknown): FieldMap
export function describeDocument(input: unknown): DocumentInfo
export function diffContracts(contract: unknown, appliance: unknown): DiffResult
export function formatReport(
  result: DiffResult,
  names?: { contractName?: string; applianceName?: string },
): string
