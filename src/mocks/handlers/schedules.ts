import { HttpResponse } from 'msw'
import { getDb } from '../model/db'
import { badRequest, found } from '../model/errors'
import { checkCron } from '../model/rules'
import { envelope, guard, http, readJson, type Schemas } from './http'

/** The five built-in maintenance schedules and their cron expressions. */
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
      const schedule = found(
        getDb().schedules.find((s) => s.name === body.name),
        'Built-in schedule',
        String(body.name ?? ''),
      )
      const error = checkCron(body.cronExpression)
      if (error) throw badRequest(error)
      schedule.cronExpression = String(body.cronExpression).trim()
      const reply: Schemas['BuiltInScheduleResponse'] = envelope(
        { ...schedule },
        `Schedule '${schedule.name}' updated.`,
      )
      return HttpResponse.json(reply)
    }),
  ),
]
