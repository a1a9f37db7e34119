import type { RestCallView } from '../../api/rest-call'

function shellQuote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`
}

/**
 * The call as a curl command a user can paste into a shell. The token and host are left as shell variables,
 * never filled in: a copied command must not carry the session token.
 */
export function toCurl(call: RestCallView, host = '$SCV_HOST'): string {
  const url = `https://${host}/api${call.path}`
  const parts = [
    `curl -k -X ${call.method}`,
    `"${url}"`,
    `-H "Token: $SCV_TOKEN"`,
    `-H 'Accept: application/json'`,
  ]
  if (call.body !== undefined) {
    parts.push(`-H 'Content-Type: application/json'`)
    parts.push(`-d ${shellQuote(JSON.stringify(call.body))}`)
  }
  return parts.join(' \\\n  ')
}
