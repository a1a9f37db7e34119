import { HttpResponse, type DefaultBodyType } from 'msw'

/** Stands in for the list while the rest of the reply is serialised once; never part of an answer. */
const MARK = '\u0000streamed-list\u0000'

/** Items serialised per chunk: a few hundred KB of jobs, a few ms of work each. */
const ITEMS_PER_CHUNK = 1_000

/**
 * A JSON reply with one long list, written while it is produced: the bytes are exactly
 * `JSON.stringify(build(items))`, but the first ones leave before the rest exist (a real appliance's serializer
 * writes to the socket the same way), and no 38 MB string is ever held. Over HTTP the answer is chunked instead
 * of carrying a Content-Length. `items` is read lazily, one chunk per pull of the stream.
 */
export function streamedJson<Item, Body extends DefaultBodyType>(
  build: (list: Item[]) => Body,
  items: Iterable<Item>,
): HttpResponse<Body> {
  // The reply around the list, serialised once with the mark in the list's place (only its text is used).
  const around = JSON.stringify(build(MARK as unknown as Item[])).split(JSON.stringify(MARK))
  if (around.length !== 2) throw new Error('streamedJson: the list must appear once in the reply')
  const [head, tail] = around as [string, string]
  const encoder = new TextEncoder()
  const iterator = items[Symbol.iterator]()
  let started = false
  let empty = true
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      const batch: Item[] = []
      let done = false
      while (batch.length < ITEMS_PER_CHUNK) {
        const next = iterator.next()
        if (next.done) {
          done = true
          break
        }
        batch.push(next.value)
      }
      // JSON.stringify of the batch without its brackets: the same text the whole array would have.
      let text = batch.length ? JSON.stringify(batch).slice(1, -1) : ''
      if (text && !empty) text = `,${text}`
      if (text) empty = false
      if (!started) text = `${head}[${text}`
      started = true
      if (done) text += `]${tail}`
      controller.enqueue(encoder.encode(text))
      if (done) controller.close()
    },
  })
  // MSW types a response by the body it reads as (for the contract check of handlers); the stream is its text.
  return new HttpResponse<Body>(stream as unknown as Body, {
    headers: { 'Content-Type': 'application/json' },
  })
}
