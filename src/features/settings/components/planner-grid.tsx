import { useState } from 'react'
import { Table, Text, VisuallyHidden } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { routes } from '../../../lib/routes'
import { clockTime } from '../../../lib/time/format-in-zone'
import type { TimeZone } from '../../../lib/time/zone'
import type { PlannerDay, PlannerRun } from '../model/planner'
import classes from './planner-grid.module.css'

/** Runs shown in a cell before the rest go behind "+N more". */
const SHOWN_PER_CELL = 2

interface PlannerGridProps {
  days: readonly PlannerDay[]
  zone: TimeZone
  /** Runs that are part of a collision (by identity). */
  colliding: ReadonlySet<PlannerRun>
  caption: string
}

const pad = (n: number) => String(n).padStart(2, '0')

/**
 * The week as a table: a column per day, a row per hour of the display zone. Each run links to its group
 * (or to its built-in schedule); hours where work collides are outlined and say so to screen readers. On a
 * daylight-saving day the skipped hour is marked, and the hour that happens twice says so.
 */
export function PlannerGrid({ days, zone, colliding, caption }: PlannerGridProps) {
  const { t, i18n } = useTranslation('settings')
  const weekday = new Intl.DateTimeFormat(i18n.language, {
    weekday: 'short',
    month: 'numeric',
    day: 'numeric',
    timeZone: 'UTC',
  })
  return (
    <div className={classes.wrap}>
      <Table className={classes.table} withColumnBorders withTableBorder verticalSpacing={0}>
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th className={classes.hour}>{t('planner.hour')}</Table.Th>
            {days.map((day) => (
              <Table.Th key={`${day.date.month}-${day.date.day}`} scope="col">
                <Text size="sm" fw={600}>
                  {weekday.format(Date.UTC(day.date.year, day.date.month - 1, day.date.day))}
                </Text>
                {day.change && (
                  <Text size="xs" fw={400}>
                    {t(`planner.change.${day.change.kind}`, {
                      hours: day.hours,
                      hour: `${pad(day.change.hour)}:00`,
                    })}
                  </Text>
                )}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {Array.from({ length: 24 }, (_, hour) => (
            <Table.Tr key={hour}>
              <Table.Th scope="row" className={classes.hour}>
                {`${pad(hour)}:00`}
              </Table.Th>
              {days.map((day) => {
                const runs = day.slots[hour] ?? []
                const skipped = day.change?.kind === 'forward' && day.change.hour === hour
                const twice = day.change?.kind === 'back' && day.change.hour === hour
                const busy = runs.some((run) => colliding.has(run))
                const className = [
                  classes.cell,
                  busy ? classes.collision : '',
                  skipped ? classes.skipped : '',
                ]
                  .filter(Boolean)
                  .join(' ')
                return (
                  <Table.Td
                    key={`${day.date.day}-${hour}`}
                    className={className}
                    data-collision={busy || undefined}
                  >
                    {busy && <VisuallyHidden>{t('planner.collisionCell')}</VisuallyHidden>}
                    {skipped && <Text size="xs">{t('planner.skipped')}</Text>}
                    {twice && <Text size="xs">{t('planner.twice')}</Text>}
                    <CellRuns runs={runs} zone={zone} />
                  </Table.Td>
                )
              })}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </div>
  )
}

function RunLink({ run, zone }: { run: PlannerRun; zone: TimeZone }) {
  const { t } = useTranslation('settings')
  const time = clockTime(run.at, zone)
  const text = `${time} ${run.label}`
  if (run.kind === 'builtin') {
    return (
      <Link
        to={`${routes.settings.schedules.href()}#${run.label}`}
        className={`${classes.run} ${classes.builtin}`}
        title={text}
      >
        {text}
      </Link>
    )
  }
  return (
    <Link
      to={routes.resourceGroups.detail.href(run.groupId ?? 0)}
      className={classes.run}
      title={t('planner.runTitle', { time, group: run.label, policy: run.policyName ?? '' })}
    >
      {text}
    </Link>
  )
}

/**
 * A cell's runs, maintenance first; past a few, the rest open in place with a button (a popover per cell
 * would cost a portal each across 168 cells).
 */
function CellRuns({ runs, zone }: { runs: readonly PlannerRun[]; zone: TimeZone }) {
  const { t } = useTranslation('settings')
  const [open, setOpen] = useState(false)
  const ordered = [...runs].sort((a, b) => (a.kind === b.kind ? a.at - b.at : a.kind === 'builtin' ? -1 : 1))
  const shown = open ? ordered : ordered.slice(0, SHOWN_PER_CELL)
  const rest = ordered.length - shown.length
  return (
    <>
      {shown.map((run) => (
        <RunLink key={`${run.at}-${run.label}-${run.policyName ?? ''}`} run={run} zone={zone} />
      ))}
      {rest > 0 && (
        <button type="button" className={classes.more} onClick={() => setOpen(true)}>
          {t('planner.more', { count: rest })}
        </button>
      )}
    </>
  )
}
