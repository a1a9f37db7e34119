// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import {
  FORBIDDEN_NAME_CHARACTERS,
  FORBIDDEN_NAME_CHARACTERS_TEXT,
  forbiddenCharactersIn,
  hostSchema,
  ipAddressSchema,
  isHostName,
  isHostOrIp,
  isIPv4,
  isIPv6,
  isValidScvName,
  portSchema,
  retentionCountIssue,
  retentionCountSchema,
  scvNameSchema,
  snapshotLabelSchema,
  timeoutSecondsSchema,
  validationKeys,
} from './scv-rules'

/** The message key a schema reports for `value`, or undefined when it accepts it. */
function issueOf(schema: z.ZodType, value: unknown): string | undefined {
  const result = schema.safeParse(value)
  return result.success ? undefined : result.error.issues[0]?.message
}

describe('SCV naming rule', () => {
  it.each([...FORBIDDEN_NAME_CHARACTERS])('rejects %j', (character) => {
    expect(isValidScvName(`Daily${character}Gold`)).toBe(false)
    expect(issueOf(scvNameSchema, `Daily${character}Gold`)).toBe(validationKeys.nameForbidden)
  })

  it('allows letters, digits, underscores and dots', () => {
    for (const name of ['Daily_Gold', 'policy1', 'RG_2026_prod', 'v1.2']) {
      expect(isValidScvName(name)).toBe(true)
      expect(issueOf(scvNameSchema, name)).toBeUndefined()
    }
  })

  it('requires a name', () => {
    expect(isValidScvName('')).toBe(false)
    expect(issueOf(scvNameSchema, '')).toBe(validationKeys.required)
    expect(issueOf(scvNameSchema, undefined)).toBe(validationKeys.required)
  })

  it('reports which forbidden characters a name contains', () => {
    expect(forbiddenCharactersIn('a b-c#d')).toEqual(['#', '-', ' '])
    expect(forbiddenCharactersIn('ok_name')).toEqual([])
  })

  it('shows the whole list in text form, each character once', () => {
    expect(FORBIDDEN_NAME_CHARACTERS_TEXT).toBe('% & * $ # @ ! \\ / : ? " < > - | ; \' ,')
    expect(new Set(FORBIDDEN_NAME_CHARACTERS).size).toBe(FORBIDDEN_NAME_CHARACTERS.length)
  })
})

describe('retention', () => {
  it('accepts 1..1018 backups', () => {
    expect(issueOf(retentionCountSchema, 1)).toBeUndefined()
    expect(issueOf(retentionCountSchema, 1018)).toBeUndefined()
  })

  it.each([0, -1, 1019, 2.5])('rejects %s', (value) => {
    expect(issueOf(retentionCountSchema, value)).toBe(validationKeys.retentionRange)
  })

  it('reports an empty field as "enter a number"', () => {
    expect(issueOf(retentionCountSchema, '')).toBe(validationKeys.number)
  })

  it('needs at least 2 backups with SnapVault', () => {
    expect(retentionCountIssue(1, { snapVault: true })).toBe(validationKeys.retentionSnapVault)
    expect(retentionCountIssue(2, { snapVault: true })).toBeUndefined()
    expect(retentionCountIssue(1, { snapVault: false })).toBeUndefined()
    expect(retentionCountIssue(1019, { snapVault: true })).toBe(validationKeys.retentionRange)
    expect(retentionCountIssue('', { snapVault: false })).toBe(validationKeys.number)
  })
})

describe('snapshot label', () => {
  it('allows up to 31 characters', () => {
    expect(issueOf(snapshotLabelSchema, '')).toBeUndefined()
    expect(issueOf(snapshotLabelSchema, 'x'.repeat(31))).toBeUndefined()
    expect(issueOf(snapshotLabelSchema, 'x'.repeat(32))).toBe(validationKeys.snapshotLabelTooLong)
  })
})

describe('host names and addresses', () => {
  it.each(['10.0.0.1', '0.0.0.0', '255.255.255.255', '192.168.10.200'])('accepts IPv4 %s', (value) => {
    expect(isIPv4(value)).toBe(true)
  })

  it.each(['10.0.0', '10.0.0.256', '10.0.0.1.2', '010.0.0.1', '1.2.3.a', ''])('rejects IPv4 %j', (value) => {
    expect(isIPv4(value)).toBe(false)
  })

  it.each([
    '::1',
    '::',
    'fe80::1',
    '2001:db8::8a2e:370:7334',
    '2001:0db8:0000:0000:0000:ff00:0042:8329',
    '::ffff:10.0.0.1',
  ])('accepts IPv6 %s', (value) => {
    expect(isIPv6(value)).toBe(true)
  })

  it.each([
    '[::1]',
    '2001:db8:::1',
    '1::2::3',
    '12345::1',
    '1:2:3:4:5:6:7',
    '1:2:3:4:5:6:7:8:9',
    'fe80::1%eth0',
    'g::1',
  ])('rejects IPv6 %j', (value) => {
    expect(isIPv6(value)).toBe(false)
  })

  it.each([
    'cluster1',
    'cluster1.example.com',
    'svm-nfs01.lab.local',
    'cluster1.example.com.',
    'a1',
    'svm_nfs_prod',
  ])('accepts host name %s', (value) => {
    expect(isHostName(value)).toBe(true)
  })

  it.each([
    '-cluster',
    'cluster-.com',
    'clu ster',
    'cluster.com:443',
    'a..b',
    '10.0.0.256',
    `${'a'.repeat(64)}.com`,
    '',
  ])('rejects host name %j', (value) => {
    expect(isHostName(value)).toBe(false)
  })

  it('accepts any of the three forms as a storage host, trimmed', () => {
    expect(isHostOrIp('cluster1.example.com')).toBe(true)
    expect(isHostOrIp('10.1.2.3')).toBe(true)
    expect(isHostOrIp('2001:db8::1')).toBe(true)
    expect(issueOf(hostSchema, ' cluster1.example.com ')).toBeUndefined()
    expect(issueOf(hostSchema, 'https://cluster1')).toBe(validationKeys.host)
    expect(issueOf(hostSchema, '')).toBe(validationKeys.required)
  })

  it('takes only addresses as an IP', () => {
    expect(issueOf(ipAddressSchema, '10.0.0.5')).toBeUndefined()
    expect(issueOf(ipAddressSchema, 'fd00::5')).toBeUndefined()
    expect(issueOf(ipAddressSchema, 'cluster1')).toBe(validationKeys.ipAddress)
  })
})

describe('port and timeout', () => {
  it('accepts ports 1..65535 only', () => {
    expect(issueOf(portSchema, 1)).toBeUndefined()
    expect(issueOf(portSchema, 65535)).toBeUndefined()
    expect(issueOf(portSchema, 0)).toBe(validationKeys.portRange)
    expect(issueOf(portSchema, 65536)).toBe(validationKeys.portRange)
    expect(issueOf(portSchema, 443.5)).toBe(validationKeys.portRange)
    expect(issueOf(portSchema, '')).toBe(validationKeys.number)
  })

  it('needs a timeout above zero', () => {
    expect(issueOf(timeoutSecondsSchema, 60)).toBeUndefined()
    expect(issueOf(timeoutSecondsSchema, 0)).toBe(validationKeys.timeoutPositive)
    expect(issueOf(timeoutSecondsSchema, -5)).toBe(validationKeys.timeoutPositive)
  })
})
