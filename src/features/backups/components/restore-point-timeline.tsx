import { useMemo, useState, type KeyboardEvent } from 'react'
import { Group, Paper, SegmentedControl, Stack, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { components } from '../../../api'
import { formatApplianceTime } from '../../../lib/format/date-time'
import {
  buildTimeline,
  TIMELINE_WINDOWS,
  type Lane,
  type TimelineMark,
  type TimelineWindow,
} from '../model/timeline'

type Backup = components['schemas']['Backup']
type Schedule = components['schemas']['Schedule']

const WIDTH = 1000
const GUTTER = 92
const HEADER = 22
const LANE = 34
const LANES: Lane[] = ['primary', 'secondary']
const laneY = (lane: Lane) => HEADER + LANES.indexOf(lane) * LANE + LANE / 2

interface RestorePointTimelineProps {
  /** The object's backups (all of them; the timeline keeps those in its window). */
  backups: readonly Backup[]
  schedules: readonly Schedule[]
  offsetMinutes: number
  now: number
  days: TimelineWindow
  onDaysChange: (days: TimelineWindow) => void
  selectedId: number | null
  onSelect: (backup: Backup) => void
}

/**
 * One object's restore points day by day: a mark per point on the primary and the secondary lane, locked points
 * shaded until their lock expires, the schedule's expected runs drawn faintly (days with runs expected but no
 * point are tinted), and a click — or Enter on the focused point, arrows to move — selects that backup.
 */
export function RestorePointTimeline(props: RestorePointTimelineProps) {
  const { backups, schedules, offsetMinutes, now, days, selectedId, onSelect } = props
  const { t } = useTranslation('backups')
  const timeline = useMemo(
    () => buildTimeline(backups, schedules, { now, days, offsetMinutes }),
    [backups, schedules, now, days, offsetMinutes],
  )
  const [focus, setFocus] = useState(0)
  const [focused, setFocused] = useState(false)
  const active = Math.min(focus, Math.max(0, timeline.marks.length - 1))
  const x = (ms: number) =>
    GUTTER + ((ms - timeline.fromMs) / (timeline.toMs - timeline.fromMs)) * (WIDTH - GUTTER - 8)
  const height = HEADER + LANES.length * LANE + 4
  const dayWidth = (WIDTH - GUTTER - 8) / days

  const label = (mark: TimelineMark) =>
    t('timeline.pointLabel', {
      name: mark.backup.backupName,
      time: formatApplianceTime(mark.backup.createdTime, { withZone: true }),
      lane: t(`timeline.lane.${mark.lane}`),
      lock: mark.lockedUntilMs
        ? t('timeline.lockedUntil', {
            time: formatApplianceTime(
              mark.lane === 'secondary'
                ? (mark.backup.secondaryLockExpiry ?? mark.backup.primaryLockExpiry)
                : mark.backup.primaryLockExpiry,
            ),
          })
        : '',
    })

  const onKeyDown = (event: KeyboardEvent, index: number) => {
    const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1, Home: -Infinity, End: Infinity }[
      event.key
    ]
    if (step !== undefined) {
      event.preventDefault()
      const next = Math.max(
        0,
        Math.min(
          timeline.marks.length - 1,
          Number.isFinite(step) ? index + step : step > 0 ? timeline.marks.length - 1 : 0,
        ),
      )
      setFocus(next)
      document.getElementById(`timeline-mark-${next}`)?.focus()
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault()
      const mark = timeline.marks[index]
      if (mark) onSelect(mark.backup)
    }
  }

  const primary = timeline.marks.filter((mark) => mark.lane === 'primary').length
  const secondary = timeline.marks.length - primary
  const summary = t('timeline.summary', {
    days,
    primary,
    secondary,
    expected: timeline.expected.length,
    gaps: timeline.gapDays.length ? timeline.gapDays.join(', ') : t('timeline.noGaps'),
  })

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="timeline-title">
      <Stack gap="xs">
        <Group justify="space-between">
          <Title order={3} size="h5" id="timeline-title">
            {t('timeline.title')}
          </Title>
          <SegmentedControl
            size="xs"
            aria-label={t('timeline.window')}
            value={String(days)}
            onChange={(value) => props.onDaysChange(Number(value) === 7 ? 7 : Number(value) === 30 ? 30 : 14)}
            data={TIMELINE_WINDOWS.map((n) => ({
              value: String(n),
              label: t('timeline.days', { count: n }),
            }))}
          />
        </Group>
        <Text size="sm" c="dimmed" data-testid="timeline-summary">
          {summary}
        </Text>
        <svg
          viewBox={`0 0 ${WIDTH} ${height}`}
          width="100%"
          role="group"
          aria-label={t('timeline.chartLabel')}
          style={{ display: 'block', overflow: 'visible' }}
        >
          <g aria-hidden="true">
            {timeline.days.map((day, i) => {
              const left = GUTTER + i * dayWidth
              const gap = timeline.gapDays.includes(day.label)
              return (
                <g key={day.label}>
                  {gap && (
                    <rect
                      x={left}
                      y={HEADER}
                      width={dayWidth}
                      height={LANES.length * LANE}
                      fill="var(--mantine-color-red-6)"
                      opacity={0.12}
                    />
                  )}
                  <line
                    x1={left}
                    x2={left}
                    y1={HEADER - 4}
                    y2={height - 4}
                    stroke="var(--mantine-color-default-border)"
                  />
                  {(days <= 14 || i % 2 === 0) && (
                    <text x={left + 3} y={13} fontSize={11} fill="var(--mantine-color-text)">
                      {day.label.slice(5)}
                    </text>
                  )}
                </g>
              )
            })}
            {LANES.map((lane) => (
              <g key={lane}>
                <line
                  x1={GUTTER}
                  x2={WIDTH - 8}
                  y1={laneY(lane)}
                  y2={laneY(lane)}
                  stroke="var(--mantine-color-default-border)"
                />
                <text x={0} y={laneY(lane) + 4} fontSize={12} fill="var(--mantine-color-text)">
                  {t(`timeline.lane.${lane}`)}
                </text>
              </g>
            ))}
            {timeline.expected.map((ms) => (
              <circle
                key={ms}
                cx={x(ms)}
                cy={laneY('primary')}
                r={5}
                fill="none"
                stroke="var(--mantine-color-dimmed)"
                strokeDasharray="2 2"
                opacity={0.7}
              />
            ))}
            {timeline.marks.map((mark, i) =>
              mark.lockedUntilMs ? (
                <rect
                  key={`lock-${i}`}
                  x={x(mark.atMs)}
                  y={laneY(mark.lane) - 8}
                  width={Math.max(1, x(mark.lockedUntilMs) - x(mark.atMs))}
                  height={16}
                  fill="var(--mantine-color-orange-5)"
                  opacity={0.25}
                />
              ) : null,
            )}
          </g>
          {timeline.marks.map((mark, i) => {
            const selected = mark.backup.backupId === selectedId
            return (
              <g
                key={`${mark.backup.backupId}-${mark.lane}`}
                id={`timeline-mark-${i}`}
                role="button"
                tabIndex={i === active ? 0 : -1}
                aria-label={label(mark)}
                aria-pressed={selected}
                onClick={() => {
                  setFocus(i)
                  onSelect(mark.backup)
                }}
                onKeyDown={(event) => onKeyDown(event, i)}
                onFocus={() => {
                  setFocus(i)
                  setFocused(true)
                }}
                onBlur={() => setFocused(false)}
                style={{ cursor: 'pointer', outline: 'none' }}
              >
                <title>{label(mark)}</title>
                <circle
                  cx={x(mark.atMs)}
                  cy={laneY(mark.lane)}
                  r={selected ? 6.5 : 5}
                  fill={
                    mark.lane === 'primary' ? 'var(--mantine-color-blue-6)' : 'var(--mantine-color-grape-6)'
                  }
                  stroke={selected ? 'var(--mantine-color-text)' : 'none'}
                  strokeWidth={2}
                />
                {focused && i === active && (
                  <circle
                    cx={x(mark.atMs)}
                    cy={laneY(mark.lane)}
                    r={9}
                    fill="none"
                    stroke="var(--mantine-color-text)"
                    strokeWidth={2}
                  />
                )}
              </g>
            )
          })}
        </svg>
        <Group gap="lg" aria-hidden="true">
          <Text size="xs">● {t('timeline.legend.point')}</Text>
          <Text size="xs">◌ {t('timeline.legend.expected')}</Text>
          <Text size="xs">▬ {t('timeline.legend.locked')}</Text>
          <Text size="xs">▮ {t('timeline.legend.gap')}</Text>
        </Group>
      </Stack>
    </Paper>
  )
}
