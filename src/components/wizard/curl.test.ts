import { describe, expect, it } from 'vitest'
import { toCurl } from './curl'

describe('toCurl', () => {
  it('writes method, URL under /api, the token as a variable and the JSON body', () => {
    const curl = toCurl({
      method: 'POST',
      path: '/4.1/resource-groups/backupnow',
      body: { resourceGroupId: 3, policyId: 7 },
    })
    expect(curl).toContain('curl -k -X POST')
    expect(curl).toContain('"https://$SCV_HOST/api/4.1/resource-groups/backupnow"')
    expect(curl).toContain('-H "Token: $SCV_TOKEN"')
    expect(curl).toContain(`-d '{"resourceGroupId":3,"policyId":7}'`)
  })

  it('quotes single quotes in the body so the shell keeps them', () => {
    const curl = toCurl({ method: 'POST', path: '/4.1/policies', body: { description: "it's" } })
    expect(curl).toContain(`-d '{"description":"it'\\''s"}'`)
  })

  it('sends no body or content type for a GET', () => {
    const curl = toCurl({ method: 'GET', path: '/4.1/jobs' }, 'scv.example:8144')
    expect(curl).toContain('"https://scv.example:8144/api/4.1/jobs"')
    expect(curl).not.toContain('Content-Type')
    expect(curl).not.toContain('-d ')
  })
})
