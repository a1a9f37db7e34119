import type { TFunction } from 'i18next'
import type { OverdueFinding } from '../../../lib/protection/overdue'

/** A time (epoch ms) on the appliance clock, as the page shows it and as files carry it. */
export function clock(ms: number, offsetMinutes: number | null, withSeconds = false): string {
  const iso = new Date(ms + (offsetMinutes ?? 0) * 60_000).toISOString()
  return `${iso.slice(0, 10)} ${iso.slice(11, withSeconds ? 19 : 16)}`
}

/** A schedule in words: "Daily, every 1 day, from 2026-01-01 01:00"; a missing one says so. */
export function scheduleText(t: TFunction<'reports'>, finding: OverdueFinding): string {
  const schedule = finding.schedule
  if (!schedule)
    return t('overdue.noSchedule', {
      frequency: t(`frequency.${finding.frequency ?? ''}`, finding.frequency ?? ''),
    })
  const every = t(`overdue.every.${schedule.type}`, {
    count: schedule.every,
    defaultValue: `${schedule.type} × ${schedule.every}`,
  })
  const from = [schedule.startDate, schedule.startTime].filter(Boolean).join(' ')
  return from ? t('overdue.scheduleFrom', { every, from }) : every
}

/** Why the finding is overdue, in a sentence. */
export function reasonText(
  t: TFunction<'reports'>,
  finding: OverdueFinding,
  offsetMinutes: number | null,
): string {
  const reason = finding.reason
  switch (reason.kind) {
    case 'stuck':
      return t('overdue.reason.stuck', { time: clock(reason.sinceMs, offsetMinutes), id: reason.jobId })
    case 'lastRunFailed':
      return t('overdue.reason.lastRunFailed', {
        time: clock(reason.atMs, offsetMinutes),
        id: reason.jobId,
        message: reason.message ?? t('overdue.noMessage'),
      })
    case 'noJobStarted':
      return t('overdue.reason.noJobStarted', { time: clock(reason.sinceMs, offsetMinutes) })
    default:
      return t(`overdue.reason.${reason.kind}`)
  }
}
