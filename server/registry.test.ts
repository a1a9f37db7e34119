// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { ConfigError, loadAppliances, parseRegistry, toPublicAppliance } from './registry.js'

const PEM = '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n'
const files: Record<string, string> = { '/etc/scv/prod-ca.pem': PEM, '/etc/scv/not-a-cert.pem': 'hello' }
const read = (path: string) => {
  const text = files[path]
  if (text === undefined) throw new Error('ENOENT: no such file')
  return text
}
const registry = (appliances: unknown[]) => JSON.stringify({ appliances })

describe('appliance registry', () => {
  it('reads id, label, base URL, trust and timeout; a relative caFile is next to the registry', () => {
    const appliances = parseRegistry(
      registry([
        {
          id: 'prod',
          label: 'Production',
          baseUrl: 'https://scv-prod.example.com:8144/',
          caFile: 'prod-ca.pem',
          timeoutSeconds: 900,
        },
        { id: 'lab-2', baseUrl: 'https://10.0.0.5:8144', insecureSkipTlsVerify: true },
        { id: 'sim', label: 'Simulator', baseUrl: 'http://127.0.0.1:8144' },
        { id: 'public', label: 'Public CA', baseUrl: 'https://scv.example.org' },
      ]),
      '/etc/scv/appliances.json',
      read,
    )
    expect(appliances).toEqual([
      {
        id: 'prod',
        label: 'Production',
        baseUrl: 'https://scv-prod.example.com:8144',
        tls: { kind: 'ca', caFile: '/etc/scv/prod-ca.pem', ca: PEM },
        timeoutMs: 900_000,
      },
      {
        id: 'lab-2',
        label: '10.0.0.5:8144',
        baseUrl: 'https://10.0.0.5:8144',
        tls: { kind: 'insecure' },
        timeoutMs: 600_000,
      },
      {
        id: 'sim',
        label: 'Simulator',
        baseUrl: 'http://127.0.0.1:8144',
        tls: { kind: 'none' },
        timeoutMs: 600_000,
      },
      {
        id: 'public',
        label: 'Public CA',
        baseUrl: 'https://scv.example.org',
        tls: { kind: 'system' },
        timeoutMs: 600_000,
      },
    ])
  })

  it.each([
    [[{ id: 'Prod', baseUrl: 'https://a' }], /id must be/],
    [
      [
        { id: 'a', baseUrl: 'https://a' },
        { id: 'a', baseUrl: 'https://b' },
      ],
      /"a" is used twice/,
    ],
    [[{ id: 'a', baseUrl: 'ftp://a' }], /must start with https/],
    [[{ id: 'a', baseUrl: 'https://a/api' }], /origin only/],
    [
      [{ id: 'a', baseUrl: 'https://a', caFile: 'missing.pem' }],
      /cannot read caFile \/etc\/scv\/missing.pem/,
    ],
    [[{ id: 'a', baseUrl: 'https://a', caFile: 'not-a-cert.pem' }], /holds no PEM certificate/],
    [[{ id: 'a', baseUrl: 'https://a', caFile: 'prod-ca.pem', insecureSkipTlsVerify: true }], /not both/],
    [[{ id: 'a', baseUrl: 'http://a', insecureSkipTlsVerify: true }], /only apply to an https baseUrl/],
    [[{ id: 'a', baseUrl: 'https://a', timeoutSeconds: 0 }], /timeoutSeconds/],
    [[], /at least one appliance/],
  ])('refuses a broken registry with a message that says what to fix (%#)', (appliances, message) => {
    expect(() => parseRegistry(registry(appliances), '/etc/scv/appliances.json', read)).toThrow(message)
  })

  it('takes one appliance from SCV_URL, or the file from SCV_APPLIANCES_FILE, never both', () => {
    expect(
      loadAppliances(
        { SCV_URL: 'https://scv:8144', SCV_CA_FILE: '/etc/scv/prod-ca.pem', SCV_LABEL: 'Main' },
        read,
      ),
    ).toEqual([
      {
        id: 'default',
        label: 'Main',
        baseUrl: 'https://scv:8144',
        tls: { kind: 'ca', caFile: '/etc/scv/prod-ca.pem', ca: PEM },
        timeoutMs: 600_000,
      },
    ])
    expect(
      loadAppliances({ SCV_URL: 'https://scv:8144', SCV_INSECURE_SKIP_TLS_VERIFY: '1' }, read)[0]?.tls,
    ).toEqual({ kind: 'insecure' })
    files['/etc/scv/appliances.json'] = registry([{ id: 'x', baseUrl: 'http://x:1' }])
    expect(
      loadAppliances({ SCV_APPLIANCES_FILE: '/etc/scv/appliances.json' }, read).map((a) => a.id),
    ).toEqual(['x'])
    expect(() =>
      loadAppliances({ SCV_URL: 'https://a', SCV_APPLIANCES_FILE: '/etc/scv/appliances.json' }, read),
    ).toThrow(ConfigError)
    expect(() => loadAppliances({}, read)).toThrow(/No appliance configured/)
  })

  it('shows the page id, label and host only', () => {
    const [appliance] = parseRegistry(
      registry([{ id: 'prod', label: 'Production', baseUrl: 'https://scv:8144', caFile: 'prod-ca.pem' }]),
      '/etc/scv/a.json',
      read,
    )
    expect(toPublicAppliance(appliance!)).toEqual({ id: 'prod', label: 'Production', host: 'scv:8144' })
  })
})
