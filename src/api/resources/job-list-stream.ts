import type { Job } from '../types'
import { MalformedJobList } from './job-index'

const QUOTE = 0x22
const BACKSLASH = 0x5c
const COLON = 0x3a
const COMMA = 0x2c
const OPEN_BRACKET = 0x5b
const CLOSE_BRACKET = 0x5d
const OPEN_BRACE = 0x7b
const CLOSE_BRACE = 0x7d
const KEY = new TextEncoder().encode('"jobResponseList"')

function isSpace(byte: number): boolean {
  return byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09
}

/**
 * Reads the jobs out of `GET /4.1/jobs` while its bytes arrive, so parsing overlaps the download instead of
 * following it. The bytes are scanned for the `"jobResponseList": [` array; each run of complete elements
 * is handed to the native `JSON.parse` (elements end at an ASCII `}`, so a run never splits a UTF-8
 * character). Only the element still arriving is carried over to the next chunk. Anything that is not such
 * an envelope, or ends before its array does, is refused as a malformed list.
 *
 * Finding where the elements end byte by byte costs more than parsing them (about 250 ms of the worker's CPU
 * at 100,000 jobs, on the critical path while the answer streams in). So each chunk is first cut at its last
 * `}`, `,`, `{` (spaces allowed between): a cut there that parses is an element boundary — a cut inside a
 * string or inside a nested value never parses (the string or the nesting is left open). Only the bytes after
 * that cut, usually part of one element, are scanned byte by byte (to find the end of the array); a chunk
 * without such a cut, or whose cut does not parse, is scanned whole, as every chunk used to be.
 */
export class JobListParser {
  private readonly decoder = new TextDecoder()
  private phase: 'seek' | 'colon' | 'bracket' | 'array' | 'done' = 'seek'
  /** Bytes not yet handed to JSON.parse (from the first element still arriving). */
  private carry = new Uint8Array(0)
  private inString = false
  /** Bytes of `carry` already scanned byte by byte (`depth` and `inString` hold after them). */
  private scanned = 0
  /** While seeking: the previous byte of a string token was an unpaired backslash. */
  private escaped = false
  /** Nesting inside the current element (0 between elements). */
  private depth = 0
  /** While seeking: the bytes of the string token being read, to compare with the key. */
  private token: number[] | null = null
  private keyMatched = false

  /** Feeds a chunk; returns the jobs it completed. */
  push(chunk: Uint8Array): Job[] {
    const buffer = this.carry.length ? concat(this.carry, chunk) : chunk
    let start = this.phase === 'array' ? 0 : -1
    let end = -1
    let i = this.scanned
    while (i < buffer.length && this.seeking()) {
      this.seek(buffer[i] as number)
      i++
      if (!this.seeking()) start = i
    }
    let cutJobs: Job[] = []
    if (this.phase === 'array') {
      // The fast cut: everything up to the last element boundary in the bytes not yet scanned.
      const cut = lastElementEnd(buffer, Math.max(i, start))
      const parsed = cut > start ? this.tryParse(buffer.subarray(start, cut)) : null
      if (parsed) {
        cutJobs = parsed
        start = cut
        i = cut
        this.depth = 0
        this.inString = false
      }
    }
    if (this.phase === 'array') {
      // The hot loop: locals, and strings skipped to their next quote by the native indexOf.
      let depth = this.depth
      let inString = this.inString
      const n = buffer.length
      while (i < n) {
        if (inString) {
          const quote = buffer.indexOf(QUOTE, i)
          // No closing quote in this chunk: the rest is string; the element is carried over whole.
          if (quote < 0) {
            i = n
            break
          }
          // A quote preceded by an odd number of backslashes is escaped. The whole element still arriving is
          // in the buffer (carried over), so the backslashes before the quote are all here.
          let slashes = 0
          for (let k = quote - 1; k >= 0 && buffer[k] === BACKSLASH; k--) slashes++
          i = quote + 1
          if (slashes % 2 === 0) inString = false
          continue
        }
        const byte = buffer[i] as number
        i++
        if (byte === QUOTE) inString = true
        else if (byte === OPEN_BRACE || byte === OPEN_BRACKET) depth++
        else if (byte === CLOSE_BRACE || (byte === CLOSE_BRACKET && depth > 0)) {
          if (--depth === 0) end = i
        } else if (byte === CLOSE_BRACKET) {
          this.phase = 'done'
          break
        }
      }
      this.depth = depth
      this.inString = inString
    }
    if (this.phase !== 'array' && this.phase !== 'done') {
      this.carry = new Uint8Array(0)
      this.scanned = 0
      return []
    }
    if (start < 0) start = 0
    const jobs = end > start ? this.parse(buffer.subarray(start, end)) : []
    const keep = end > start ? end : start
    this.carry = this.phase === 'done' ? new Uint8Array(0) : buffer.slice(keep)
    // Where the byte-by-byte scan goes on next time (its depth and string state hold there).
    this.scanned = this.phase === 'done' ? 0 : i - keep
    return cutJobs.length ? (jobs.length ? cutJobs.concat(jobs) : cutJobs) : jobs
  }

  /** The stream has ended: the list must be complete. */
  end(): void {
    if (this.phase !== 'done') {
      throw new MalformedJobList(
        this.phase === 'array'
          ? 'the job list ended before its last job'
          : 'no response.jobResponseList array',
      )
    }
  }

  private seeking(): boolean {
    return this.phase === 'seek' || this.phase === 'colon' || this.phase === 'bracket'
  }

  /** Outside the array: finds the `"jobResponseList"` key (as a string token), its colon and its bracket. */
  private seek(byte: number): void {
    if (this.token) {
      if (this.escaped) this.escaped = false
      else if (byte === BACKSLASH) this.escaped = true
      else if (byte === QUOTE) {
        this.token.push(byte)
        this.keyMatched = this.token.length === KEY.length && this.token.every((b, k) => b === KEY[k])
        this.token = null
        this.phase = this.keyMatched ? 'colon' : 'seek'
        return
      }
      if (this.token.length <= KEY.length) this.token.push(byte)
      return
    }
    if (isSpace(byte)) return
    if (this.phase === 'colon' && byte === COLON) {
      this.phase = 'bracket'
      return
    }
    if (this.phase === 'bracket' && byte === OPEN_BRACKET) {
      this.phase = 'array'
      return
    }
    this.phase = 'seek'
    if (byte === QUOTE) this.token = [byte]
  }

  /** A run that may not end at an element boundary: its jobs, or null when it does not parse. */
  private tryParse(run: Uint8Array): Job[] | null {
    try {
      return this.parse(run)
    } catch {
      return null
    }
  }

  private parse(run: Uint8Array): Job[] {
    // The run may start with the comma after the previous element: skip separators before the first one.
    let from = 0
    while (from < run.length && (run[from] === COMMA || isSpace(run[from] as number))) from++
    try {
      return JSON.parse(`[${this.decoder.decode(run.subarray(from))}]`) as Job[]
    } catch (error) {
      throw new MalformedJobList(error instanceof Error ? error.message : String(error))
    }
  }
}

/**
 * Just after the `}` of the last `}`, `,`, `{` (spaces allowed between) at or after `from`, or -1: a candidate
 * element boundary, which may still lie inside a string or a nested value.
 */
function lastElementEnd(buffer: Uint8Array, from: number): number {
  for (
    let brace = buffer.lastIndexOf(OPEN_BRACE);
    brace > from;
    brace = buffer.lastIndexOf(OPEN_BRACE, brace - 1)
  ) {
    let k = brace - 1
    while (k > from && isSpace(buffer[k] as number)) k--
    if (buffer[k] !== COMMA) continue
    k--
    while (k >= from && isSpace(buffer[k] as number)) k--
    if (k >= from && buffer[k] === CLOSE_BRACE) return k + 1
  }
  return -1
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length)
  out.set(a, 0)
  out.set(b, a.length)
  return out
}

/** Reads every job of a streamed answer, calling `onJobs` with each run as it is parsed. */
export async function readJobStream(
  stream: ReadableStream<Uint8Array>,
  onJobs: (jobs: Job[]) => void,
): Promise<void> {
  const parser = new JobListParser()
  const reader = stream.getReader()
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    const jobs = parser.push(value)
    if (jobs.length) onJobs(jobs)
  }
  parser.end()
}
