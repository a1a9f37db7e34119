/** The appliance's own words in a reply (`responseMessage` as a string or an array of strings). */
export function scvMessageOf(reply: { responseMessage?: string | string[] } | undefined): string | null {
  const message = reply?.responseMessage
  if (typeof message === 'string' && message.trim()) return message
  if (Array.isArray(message) && message.length > 0) return message.join(' ')
  return null
}
