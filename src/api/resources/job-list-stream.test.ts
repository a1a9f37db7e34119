// @vitest-environment node
import { describe, expect, it } from 'vitest'
import type { Job } from '../types'
import { MalformedJobList } from './job-index'
import { JobListParser, readJobStream } from './job-list-stream'

const JOBS = [
  { id: 1, name: 'Backup of Resource Group \'財務-db01\' with "quotes" \\ and }{ ][', type: 'backup' },
  {
    id: 2,
    name: 'tab\there, newline\n, unicode é 😀, escaped quote at end \\"',
    type: 'restore',
    tasks: [{ a: [1, { b: '}' }] }],
  },
  { id: 3, name: '\\\\', type: 'mountBackup', failureReason: null },
  // Element boundaries inside a string and inside a nested list: a cut there must not be taken.
  { id: 4, name: 'not a boundary: },{ nor } , { nor }\n,{', type: 'backup', tasks: [{ a: 1 }, { b: '},{' }] },
]
const envelope = (list: unknown[]) =>
  JSON.stringify({
    statusCode: 200,
    statusMessage: 'OK, "jobResponseList":[ is only text here',
    response: { jobResponseList: list },
  })

function parseInChunks(bytes: Uint8Array, cuts: number[]): Job[] {
  const parser = new JobListParser()
  const jobs: Job[] = []
  let from = 0
  for (const cut of [...cuts, bytes.length]) {
    jobs.push(...parser.push(bytes.subarray(from, cut)))
    from = cut
  }
  parser.end()
  return jobs
}

describe('reading the job list while it arrives', () => {
  it('gives the same jobs as JSON.parse wherever the bytes are cut (inside strings, escapes and characters)', () => {
    const bytes = new TextEncoder().encode(envelope(JOBS))
    for (let cut = 1; cut < bytes.length; cut++) {
      expect(parseInChunks(bytes, [cut]), `cut at ${cut}`).toEqual(JOBS)
    }
    expect(
      parseInChunks(
        bytes,
        Array.from({ length: bytes.length - 1 }, (_, i) => i + 1),
      ),
    ).toEqual(JOBS)
  })

  it('reads pretty-printed answers and other key orders, and an empty list', () => {
    const pretty = JSON.stringify({ response: { jobResponseList: JOBS }, statusCode: 200 }, null, 2)
    expect(parseInChunks(new TextEncoder().encode(pretty), [10, 200])).toEqual(JOBS)
    expect(parseInChunks(new TextEncoder().encode(envelope([])), [3])).toEqual([])
  })

  it('refuses a body that is cut short, not a job list, or broken inside a job', () => {
    const whole = new TextEncoder().encode(envelope(JOBS))
    expect(() => parseInChunks(whole.subarray(0, whole.length - 40), [])).toThrow(MalformedJobList)
    expect(() => parseInChunks(new TextEncoder().encode('<html>Bad gateway</html>'), [])).toThrow(
      MalformedJobList,
    )
    expect(() =>
      parseInChunks(new TextEncoder().encode('{"response":{"jobResponseList":[{"id":1,}]}}'), []),
    ).toThrow(MalformedJobList)
  })

  it('reads a stream of many jobs in uneven chunks', async () => {
    const many = Array.from({ length: 5_000 }, (_, i) => ({
      id: i,
      name: `Job ${i} "${'x'.repeat(i % 50)}" \\ 財務`,
      type: 'backup',
      status: i % 3 ? 'SUCCESSFUL' : 'FAILED',
    }))
    const bytes = new TextEncoder().encode(envelope(many))
    let offset = 0
    let size = 1
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (offset >= bytes.length) return controller.close()
        size = (size * 7 + 13) % 70_000 || 1
        controller.enqueue(bytes.slice(offset, offset + size))
        offset += size
      },
    })
    const seen: Job[] = []
    let runs = 0
    await readJobStream(stream, (jobs) => {
      runs++
      seen.push(...jobs)
    })
    expect(seen).toEqual(many)
    expect(runs).toBeGreaterThan(1)
  })
})
