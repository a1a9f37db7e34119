/**
 * Form messages travel as strings (zod and @mantine/form carry strings): `rg:key` or `rg:key|{"param":1}` for
 * this feature's catalogue, `validation:key` for the shared rules, anything else is shown as it is (the
 * appliance's own words).
 */
export const FEATURE_PREFIX = 'rg:'

export function encodeMessage(key: string, params?: Record<string, string | number>): string {
  return params ? `${FEATURE_PREFIX}${key}|${JSON.stringify(params)}` : `${FEATURE_PREFIX}${key}`
}

export function decodeMessage(
  message: string,
): { key: string; params: Record<string, string | number> } | null {
  if (!message.startsWith(FEATURE_PREFIX)) return null
  const body = message.slice(FEATURE_PREFIX.length)
  const bar = body.indexOf('|')
  if (bar < 0) return { key: body, params: {} }
  try {
    return {
      key: body.slice(0, bar),
      params: JSON.parse(body.slice(bar + 1)) as Record<string, string | number>,
    }
  } catch {
    return { key: body.slice(0, bar), params: {} }
  }
}
