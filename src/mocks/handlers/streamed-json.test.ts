import { describe, expect, it } from 'vitest'
import { streamedJson } from './streamed-json'

const build = (list: Array<{ id: number; name: string }>) => ({
  statusCode: 200,
  response: { jobResponseList: list, after: 'kept' },
})

async function chunksOf(response: Response): Promise<string[]> {
  const decoder = new TextDecoder()
  const chunks: string[] = []
  const reader = (response.body as ReadableStream<Uint8Array>).getReader()
  for (let next = await reader.read(); !next.done; next = await reader.read())
    chunks.push(decoder.decode(next.value))
  return chunks
}

describe('streamedJson', () => {
  it('writes exactly the bytes JSON.stringify gives the whole reply, in several chunks', async () => {
    const items = Array.from({ length: 2_500 }, (_, id) => ({ id, name: `job "${id}" — ünïcode\n` }))
    const chunks = await chunksOf(streamedJson(build, items))
    expect(chunks.length).toBe(3)
    expect(chunks.join('')).toBe(JSON.stringify(build(items)))
  })

  it('writes an empty list as []', async () => {
    const chunks = await chunksOf(streamedJson(build, []))
    expect(chunks.join('')).toBe(JSON.stringify(build([])))
  })

  it('reads the items only as the stream is read', async () => {
    let read = 0
    function* items() {
      for (let id = 0; id < 5_000; id++) {
        read++
        yield { id, name: 'x' }
      }
    }
    const response = streamedJson(build, items())
    const reader = (response.body as ReadableStream<Uint8Array>).getReader()
    await reader.read()
    expect(read).toBeLessThan(5_000)
    await reader.cancel()
  })
})
