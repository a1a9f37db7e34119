import { HttpResponse } from 'msw'
import { now } from '../model/clock'
import { getDb } from '../model/db'
import { badRequest, found } from '../model/errors'
import { jobLogLines } from '../model/job-text'
import { failJob } from '../model/jobs'
import { audit, envelope, guard, http, idParam, jobStarted, readJson, type Schemas } from './http'
import { lookups, presentJob } from './present'
import { streamedJson } from './streamed-json'

function jobOr404(id: number) {
  return found(
    getDb().jobs.find((j) => j.id === id),
    'Job',
    id,
  )
}

/** Job monitor: list (filter by type), details, logs, failJobs and the retention settings. */
export const jobsHandlers = [
  http.get('/4.1/jobs', ({ query }) => {
    const db = getDb()
    const type = query.get('jobType')
    const at = now()
    const l = lookups(db)
    // Newest first, as the Job Monitor shows them.
    const records = db.jobs.filter((job) => !type || job.type === type).reverse()
    // The answer is written while it is produced (100,000 jobs are 38 MB). A running job's record changes as it
    // ends, so running jobs are presented now, as of the request; an ended job's never changes.
    const running = new Map(
      records.filter((job) => job.status === 'RUNNING').map((job) => [job, presentJob(job, l, at, false)]),
    )
    function* list(): Generator<Schemas['Job']> {
      for (const job of records) yield running.get(job) ?? presentJob(job, l, at, false)
    }
    return streamedJson(
      (jobResponseList): Schemas['JobListResponse'] => envelope({ jobResponseList }),
      list(),
    )
  }),
  // `cleanup` is a literal segment: it must come before `{id}`.
  http.get('/4.1/jobs/cleanup', () => {
    const reply: Schemas['JobCleanupConfigResponse'] = envelope({ ...getDb().jobCleanup })
    return HttpResponse.json(reply)
  }),
  http.put(
    '/4.1/jobs/cleanup',
    guard(async ({ request }) => {
      const body = await readJson<Schemas['JobCleanupConfig']>(request)
      for (const key of ['jobRetentionDays', 'jobLogRetentionDays'] as const) {
        const value = body[key]
        if (typeof value !== 'number' || !Number.isInteger(value) || value < 1)
          throw badRequest(`${key} must be a whole number of days, at least 1.`)
      }
      const db = getDb()
      db.jobCleanup = {
        jobRetentionDays: body.jobRetentionDays ?? 90,
        jobLogRetentionDays: body.jobLogRetentionDays ?? 30,
      }
      const { jobRetentionDays, jobLogRetentionDays } = db.jobCleanup
      audit(
        request,
        'Job Retention Modify',
        null,
        `Jobs kept ${jobRetentionDays} days and job logs ${jobLogRetentionDays} days.`,
      )
      const reply: Schemas['JobCleanupConfigResponse'] = envelope(
        { ...db.jobCleanup },
        'Job cleanup configuration saved.',
      )
      return HttpResponse.json(reply)
    }),
  ),
  http.get(
    '/4.1/jobs/{id}',
    guard(({ params }) => {
      const job = jobOr404(idParam(params.id, 'Job'))
      const reply: Schemas['JobResponse'] = envelope(presentJob(job, lookups(getDb()), now(), true))
      return HttpResponse.json(reply)
    }),
  ),
  http.get(
    '/4.1/jobs/{id}/logs',
    guard(({ params, request }) => {
      const job = jobOr404(idParam(params.id, 'Job'))
      const lines = jobLogLines(job, now())
      const accept = request.headers.get('Accept') ?? ''
      // The GUI downloads a bundle; JSON is given unless the caller asks for the download only.
      if (accept.includes('application/octet-stream') && !accept.includes('application/json')) {
        const text = lines
          .map((l) => `${new Date(l.time).toISOString()} ${l.level.padEnd(5)} ${l.message}`)
          .join('\n')
        return new HttpResponse(`${text}\n`, {
          headers: {
            'Content-Type': 'application/octet-stream',
            'Content-Disposition': `attachment; filename="job-${job.id}-logs.txt"`,
          },
        })
      }
      const reply: Schemas['JobLogsResponse'] = envelope({
        jobId: job.id,
        jobLogsList: lines.map((l) => ({
          timestamp: new Date(l.time).toISOString(),
          level: l.level,
          taskName: null,
          message: l.message,
        })),
      })
      return HttpResponse.json(reply)
    }),
  ),
  http.post(
    '/4.1/jobs/{id}/failJobs',
    guard(async ({ params, request }) => {
      const id = idParam(params.id, 'Job')
      const body = await readJson<Schemas['FailJobsRequest']>(request)
      const ids = [...new Set([id, ...(body.jobIds ?? [])])]
      const db = getDb()
      // Check every id first so one bad id fails nothing.
      for (const jobId of ids) {
        const job = jobOr404(jobId)
        if (job.status !== 'RUNNING') {
          throw badRequest(
            `Job ${jobId} is not running (status ${job.status}); only running jobs can be marked failed.`,
          )
        }
      }
      for (const jobId of ids) failJob(db, jobId)
      return HttpResponse.json(jobStarted(id, `Job(s) ${ids.join(', ')} marked as failed.`))
    }),
  ),
]
