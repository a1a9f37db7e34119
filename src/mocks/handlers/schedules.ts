import { HttpResponse } from 'msw'
import { recordAudit } from '../model/audit'
import { now } from '../model/clock'
import { getDb } from '../model/db'
import { badRequest, found } from '../model/errors'
import { checkCron } from '../model/rules'
import { actor, envelope, guard, http, readJson, type Schemas } from './http'

/**
 * NetApp's job-log page says jobs are purged every six hours and "you cannot modify the purge schedule",
 * while the built-in schedules page lists Schedule-PurgeJobs as editable. The simulator follows the first
 * (the stricter reading), so a console meets a refusal for it; a real appliance may accept the change.
 */
const FIXED_SCHEDULES = new Set(['Schedule-PurgeJobs'])

/** The five built-in maintenance schedules and their Quartz cron expressions. */
export const schedulesHandlers = [
  http.get('/4.1/schedules', () => {
    const reply: Schemas['BuiltInScheduleListResponse'] = envelope({
      scheduleResponseList: getDb().schedules.map((s) => ({ ...s })),
    })
    return HttpResponse.json(reply)
  }),
  http.put(
    '/4.1/schedules',
    guard(async ({ request }) => {
      const body = await readJson<Schemas['BuiltInSchedule']>(request)
      const db = getDb()
      const schedule = found(
        db.schedules.find((s) => s.name === body.name),
        'Built-in schedule',
        String(body.name ?? ''),
      )
      if (FIXED_SCHEDULES.has(schedule.name))
        throw badRequest(
          `The schedule of '${schedule.name}' cannot be modified: jobs are purged every 6 hours.`,
        )
      const error = checkCron(body.cronExpression, now())
      if (error) throw badRequest(error)
      const previous = schedule.cronExpression
      schedule.cronExpression = String(body.cronExpression).trim().replace(/\s+/g, ' ')
      recordAudit(db, {
        user: actor(request),
        event: 'Schedule Modify',
        object: schedule.name,
        message: `Built-in schedule ${schedule.name} changed from '${previous}' to '${schedule.cronExpression}'.`,
      })
      const reply: Schemas['BuiltInScheduleResponse'] = envelope(
        { ...schedule },
        `Schedule '${schedule.name}' updated.`,
      )
      return HttpResponse.json(reply)
    }),
  ),
]
