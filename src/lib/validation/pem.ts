/**
 * Checks a PEM certificate read in the browser before it is sent: one `-----BEGIN CERTIFICATE-----` …
 * `-----END CERTIFICATE-----` block whose body is base64 of a DER structure (it starts with an ASN.1
 * SEQUENCE). A private key or a DER file picked by mistake is named as such.
 */
export type PemIssue = 'empty' | 'notPem' | 'privateKey' | 'notCertificate' | 'badBody'

export function pemCertificateIssue(text: string): PemIssue | null {
  if (text.trim() === '') return 'empty'
  const block = /-----BEGIN ([A-Z0-9 ]+)-----([\s\S]*?)-----END \1-----/.exec(text)
  if (!block) return 'notPem'
  const label = block[1] ?? ''
  if (/PRIVATE KEY/.test(label)) return 'privateKey'
  if (label !== 'CERTIFICATE' && label !== 'TRUSTED CERTIFICATE') return 'notCertificate'
  const body = (block[2] ?? '').replace(/\s+/g, '')
  if (body === '' || !/^[A-Za-z0-9+/]+={0,2}$/.test(body) || body.length % 4 !== 0) return 'badBody'
  try {
    if (atob(body).charCodeAt(0) !== 0x30) return 'badBody'
  } catch {
    return 'badBody'
  }
  return null
}
