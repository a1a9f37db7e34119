// @vitest-environment node
import { readFileSync } from 'node:fs'
import { parseYaml } from '@redocly/openapi-core'
import { describe, expect, it } from 'vitest'
import {
  describeDocument,
  diffContracts,
  flattenSchema,
  formatReport,
  type Finding,
} from './contract-diff.mjs'

const read = (relative: string): unknown =>
  parseYaml(readFileSync(new URL(relative, import.meta.url), 'utf8'))
const contract = read('../src/api/scv-api.yaml')
const swagger2 = read('./fixtures/appliance-swagger2.json')
const openapi3 = read('./fixtures/appliance-openapi3.yaml')

const pick = (findings: Finding[], path: string, method?: string) =>
  findings.filter((f) => f.path === path && (method === undefined || f.method === method))

describe('contract diff', () => {
  it('finds no difference between the contract and itself', () => {
    const { findings, contract: ours } = diffContracts(contract, contract)
    expect(findings).toEqual([])
    expect(ours.operations.length).toBeGreaterThanOrEqual(54)
  })

  it('reads Swagger 2 (basePath, body parameters, definitions) relative to /api', () => {
    const info = describeDocument(swagger2)
    expect(info.format).toBe('swagger2')
    const login = info.operations.find((o) => o.path === '/4.1/auth/login' && o.method === 'post')
    expect([...(login?.request?.types.keys() ?? [])]).toEqual(['username', 'password'])
    expect(login?.response?.types.get('response.token')).toEqual(new Set(['string']))
  })

  describe('against the Swagger 2 fixture', () => {
    const { findings } = diffContracts(contract, swagger2)

    it('lists contract paths the appliance lacks and appliance paths the contract lacks', () => {
      const missing = findings.filter((f) => f.kind === 'missing-path').map((f) => f.path)
      expect(missing).toContain('/backup/{backup-Id}/cleanup')
      expect(missing).toContain('/4.1/audit/logs')
      expect(missing).not.toContain('/4.1/policies')
      expect(findings.filter((f) => f.kind === 'extra-path')).toEqual([
        { kind: 'extra-path', path: '/4.1/backup/{backupId}/cleanup', method: 'delete' },
        { kind: 'extra-path', path: '/4.1/backups/{backupId}', method: 'delete' },
      ])
    })

    it('reports a method that differs, and methods missing on a shared path', () => {
      expect(pick(findings, '/4.1/jobs/{id}/failJobs')).toContainEqual({
        kind: 'method-differs',
        path: '/4.1/jobs/{id}/failJobs',
        method: 'post',
        ours: 'POST',
        theirs: 'PUT',
        source: 'inferred',
      })
      const missingMethods = findings
        .filter((f) => f.kind === 'missing-method')
        .map((f) => `${f.method} ${f.path}`)
      expect(missingMethods.sort()).toEqual(['delete /4.1/storage-system', 'post /4.1/policies'])
    })

    it('matches a path whose spelling differs only in case or in parameter names, and says so', () => {
      expect(pick(findings, '/4.1/datastores/{moref}/availableEsxHosts')).toContainEqual(
        expect.objectContaining({
          kind: 'path-spelling',
          theirs: '/4.1/datastores/{moref}/availableesxhosts',
        }),
      )
      expect(pick(findings, '/4.1/resource-groups/{resouceGroupId}')).toContainEqual(
        expect.objectContaining({
          kind: 'path-parameter-name',
          ours: 'resouceGroupId',
          theirs: 'resourceGroupId',
        }),
      )
    })

    it('compares request fields through $refs', () => {
      expect(
        pick(findings, '/4.1/datastores/backups/{backupId}/mount', 'post').filter((f) =>
          f.kind.startsWith('request'),
        ),
      ).toEqual([
        expect.objectContaining({ kind: 'request-field-missing', field: 'esxHostName', source: 'confirmed' }),
        expect.objectContaining({ kind: 'request-field-extra', field: 'esxHost', theirs: 'string' }),
      ])
      expect(
        pick(findings, '/4.1/resource-groups/backupnow', 'post').filter((f) => f.kind.startsWith('request')),
      ).toEqual([])
      expect(pick(findings, '/4.1/storage-system', 'patch')).toEqual([])
    })

    it('compares response fields: extra, missing, type, and unspecified objects', () => {
      expect(pick(findings, '/4.1/auth/login', 'post')).toEqual([
        {
          kind: 'response-field-extra',
          path: '/4.1/auth/login',
          method: 'post',
          field: 'response.expiresIn',
          theirs: 'integer',
        },
      ])
      const policies = pick(findings, '/4.1/policies', 'get')
      expect(policies).toContainEqual(
        expect.objectContaining({
          kind: 'response-field-type',
          field: 'response.policyResponseList[].id',
          ours: 'integer',
          theirs: 'string',
          source: 'confirmed',
        }),
      )
      expect(policies).toContainEqual(
        expect.objectContaining({
          kind: 'response-field-extra',
          field: 'response.policyResponseList[].scheduleType',
        }),
      )
      expect(policies).toContainEqual(
        expect.objectContaining({
          kind: 'response-field-missing',
          field: 'response.policyResponseList[].retention',
          source: 'inferred',
        }),
      )
      // A missing object hides its children.
      expect(policies.map((f) => f.field)).not.toContain('response.policyResponseList[].retention.type')
      expect(pick(findings, '/4.1/resource-groups/backupnow', 'post')).toEqual([
        expect.objectContaining({ kind: 'response-field-unspecified', field: 'response', ours: '1' }),
      ])
      expect(pick(findings, '/4.1/datastores/{moref}/availableEsxHosts', 'get')).toEqual([
        expect.objectContaining({
          kind: 'response-field-type',
          field: 'response.availableEsxHostsList[]',
          ours: 'object',
          theirs: 'string',
        }),
      ])
    })

    it('reports query parameters by name', () => {
      expect(pick(findings, '/4.1/jobs', 'get').filter((f) => f.kind.startsWith('query'))).toEqual([
        expect.objectContaining({ kind: 'query-parameter-missing', field: 'jobType' }),
        expect.objectContaining({ kind: 'query-parameter-extra', field: 'type' }),
      ])
    })

    it('prints a report path by path', () => {
      const report = formatReport(diffContracts(contract, swagger2), { applianceName: 'fixture' })
      expect(report).toContain('Appliance: fixture (Swagger 2.0, 15 operations)')
      expect(report).toMatch(
        /Paths on the appliance but not in the contract:\n {2}DELETE +\/4\.1\/backup\/\{backupId\}\/cleanup/,
      )
      expect(report).toMatch(
        /POST \/4\.1\/jobs\/\{id\}\/failJobs\n {4}method differs: contract POST \[inferred\], appliance PUT/,
      )
      expect(report).toContain('request  - esxHostName (string) missing on the appliance [confirmed]')
    })
  })

  describe('against the OpenAPI 3 fixture', () => {
    const { findings } = diffContracts(contract, openapi3)

    it('resolves the server URL, */* media types and allOf envelopes (login agrees)', () => {
      expect(pick(findings, '/4.1/auth/login')).toEqual([])
      expect(pick(findings, '/4.1/schedules', 'get')).toEqual([])
    })

    it('reports a different success status', () => {
      expect(pick(findings, '/4.1/schedules', 'put')).toEqual([
        { kind: 'success-status', path: '/4.1/schedules', method: 'put', ours: '200', theirs: '201' },
      ])
    })

    it('survives recursive schemas', () => {
      const job = pick(findings, '/4.1/jobs/{id}', 'get')
      expect(job).toContainEqual(
        expect.objectContaining({ kind: 'response-field-extra', field: 'response.subJobs' }),
      )
      expect(job).toContainEqual(
        expect.objectContaining({ kind: 'response-field-missing', field: 'response.tasks' }),
      )
      expect(pick(findings, '/4.1/jobs/{id}')).toContainEqual(
        expect.objectContaining({ kind: 'path-parameter-name', ours: 'id', theirs: 'jobId' }),
      )
    })
  })

  it('flattens allOf, oneOf with null, arrays and nested refs', () => {
    const doc = {
      components: {
        schemas: {
          Base: { type: 'object', properties: { id: { type: 'integer' } } },
          Tag: { type: 'object', properties: { label: { type: 'string' } } },
        },
      },
    }
    const fields = flattenSchema(doc, {
      allOf: [
        { $ref: '#/components/schemas/Base' },
        {
          type: 'object',
          properties: {
            tags: { type: 'array', items: { $ref: '#/components/schemas/Tag' } },
            note: { oneOf: [{ type: 'string' }, { type: 'null' }] },
          },
        },
      ],
    })
    expect(Object.fromEntries([...fields.types].map(([k, v]) => [k, [...v].sort().join('|')]))).toEqual({
      id: 'integer',
      tags: 'array',
      'tags[]': 'object',
      'tags[].label': 'string',
      note: 'null|string',
    })
  })

  it('rejects documents that are not API descriptions', () => {
    expect(() => describeDocument({ hello: 'world' })).toThrow(/OpenAPI 3 or Swagger 2/)
  })
})
