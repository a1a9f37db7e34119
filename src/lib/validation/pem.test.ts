import { describe, expect, it } from 'vitest'
import { pemCertificateIssue } from './pem'

const cert = (body: string, label = 'CERTIFICATE') =>
  `-----BEGIN ${label}-----\n${body}\n-----END ${label}-----\n`

describe('pemCertificateIssue', () => {
  it('accepts a certificate block whose body is base64 DER', () => {
    expect(pemCertificateIssue(cert('MIIBszCCAVmgAwIBAgIU'))).toBeNull()
    expect(pemCertificateIssue(`subject=CN=x\n${cert('MIIB')}`)).toBeNull()
  })

  it('names what is wrong with anything else', () => {
    expect(pemCertificateIssue('')).toBe('empty')
    expect(pemCertificateIssue('hello')).toBe('notPem')
    expect(pemCertificateIssue(cert('MIIE', 'PRIVATE KEY'))).toBe('privateKey')
    expect(pemCertificateIssue(cert('MIIE', 'CERTIFICATE REQUEST'))).toBe('notCertificate')
    expect(pemCertificateIssue(cert('not base64!'))).toBe('badBody')
    expect(pemCertificateIssue(cert('AAAA'))).toBe('badBody')
  })
})
