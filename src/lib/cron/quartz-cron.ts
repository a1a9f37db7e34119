/**
 * SCV's built-in schedules take Quartz cron expressions (SCV is a Java service; its seed expressions such as
 * `0 0 1 * * ?` carry Quartz's seconds field and `?`). This is Quartz's `CronExpression` dialect:
 *
 *   seconds minutes hours day-of-month month day-of-week [year]
 *
 * - `*` every value, `,` lists, `-` ranges (a range may wrap: `22-2` hours, `FRI-MON`), `/` steps (`0/15`,
 *   `*\/15`, `10-40/10`);
 * - day-of-week is 1–7 = SUN–SAT (not cron's 0–6), names JAN–DEC and SUN–SAT in any case;
 * - exactly one of day-of-month and day-of-week must be `?` ("no specific value");
 * - day-of-month: `L` (last day), `L-3`, `LW` (last weekday), `15W` (weekday nearest the 15th);
 * - day-of-week: `6L` (last Friday of the month), `L` alone (Saturday), `6#3` (third Friday);
 * - year 1970–2099, optional.
 *
 * Where Quartz silently accepts nonsense (text after a value, an eighth field, a step of 0) this parser refuses
 * it instead: such an expression never does what its author meant.
 */

export type CronFieldName = 'second' | 'minute' | 'hour' | 'dayOfMonth' | 'month' | 'dayOfWeek' | 'year'

interface FieldSpec {
  name: CronFieldName
  min: number
  max: number
  names?: readonly string[]
}

const MONTH_NAMES = [
  'JAN',
  'FEB',
  'MAR',
  'APR',
  'MAY',
  'JUN',
  'JUL',
  'AUG',
  'SEP',
  'OCT',
  'NOV',
  'DEC',
] as const
const DAY_NAMES = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'] as const

const CRON_FIELDS: readonly FieldSpec[] = [
  { name: 'second', min: 0, max: 59 },
  { name: 'minute', min: 0, max: 59 },
  { name: 'hour', min: 0, max: 23 },
  { name: 'dayOfMonth', min: 1, max: 31 },
  { name: 'month', min: 1, max: 12, names: MONTH_NAMES },
  { name: 'dayOfWeek', min: 1, max: 7, names: DAY_NAMES },
  { name: 'year', min: 1970, max: 2099 },
]

export type DayOfMonthRule =
  | { kind: 'unspecified' }
  | { kind: 'days'; days: readonly number[] }
  | { kind: 'last'; offset: number; weekday: boolean }
  | { kind: 'nearestWeekday'; day: number }

export type DayOfWeekRule =
  | { kind: 'unspecified' }
  | { kind: 'days'; days: readonly number[] }
  | { kind: 'last'; day: number }
  | { kind: 'nth'; day: number; n: number }

/** A parsed expression: each time field as its sorted values, the day fields as rules. */
export interface QuartzCron {
  /** The expression as Quartz reads it: upper case, single spaces. */
  expression: string
  seconds: readonly number[]
  minutes: readonly number[]
  hours: readonly number[]
  months: readonly number[]
  /** Null when any year. */
  years: readonly number[] | null
  dayOfMonth: DayOfMonthRule
  dayOfWeek: DayOfWeekRule
}

/** Why an expression was refused: a message key of the `cron` namespace and what it mentions. */
export interface CronIssue {
  code:
    | 'empty'
    | 'fieldCount'
    | 'invalid'
    | 'range'
    | 'step'
    | 'questionOnlyDays'
    | 'questionBoth'
    | 'questionMissing'
    | 'specialWithList'
    | 'nth'
    | 'lastOffset'
    | 'notHere'
  field?: CronFieldName
  params?: Record<string, string | number>
}

export type CronParseResult = { ok: true; cron: QuartzCron } | { ok: false; issue: CronIssue }

class CronError extends Error {
  constructor(readonly issue: CronIssue) {
    super(issue.code)
  }
}

const fail = (issue: CronIssue): never => {
  throw new CronError(issue)
}

function valueOf(field: FieldSpec, token: string): number {
  if (/^\d+$/.test(token)) {
    const value = Number(token)
    if (value < field.min || value > field.max)
      fail({ code: 'range', field: field.name, params: { min: field.min, max: field.max } })
    return value
  }
  const index = field.names?.indexOf(token) ?? -1
  if (index < 0) fail({ code: 'invalid', field: field.name, params: { value: token } })
  return index + field.min
}

function stepOf(field: FieldSpec, token: string): number {
  const limit = field.name === 'year' ? field.max - field.min : field.max
  if (!/^\d+$/.test(token) || Number(token) < 1 || Number(token) > limit)
    fail({ code: 'step', field: field.name, params: { max: limit } })
  return Number(token)
}

/** Values from `start` to `end` by `step`; an end before the start wraps round the field, as Quartz does. */
function expand(field: FieldSpec, start: number, end: number, step: number): number[] {
  const size = field.max - field.min + 1
  if (end < start && field.name === 'year')
    fail({ code: 'invalid', field: field.name, params: { value: `${start}-${end}` } })
  const stop = end < start ? end + size : end
  const values: number[] = []
  for (let i = start; i <= stop; i += step) values.push(((i - field.min) % size) + field.min)
  return values
}

/** One list item of a plain field: `*`, `5`, `MON`, `1-5`, `*\/15`, `0/15`, `10-40/10`. */
function parseItem(field: FieldSpec, item: string): number[] {
  const match = /^(\*|[0-9A-Z]+(?:-[0-9A-Z]+)?)?(?:\/(.*))?$/.exec(item)
  if (!match || (match[1] === undefined && match[2] === undefined))
    return fail({ code: 'invalid', field: field.name, params: { value: item } })
  const base = match[1] ?? '*'
  const step = match[2] === undefined ? null : stepOf(field, match[2])
  if (base === '*') return expand(field, field.min, field.max, step ?? 1)
  const [from = '', to] = base.split('-')
  const start = valueOf(field, from)
  if (to !== undefined) {
    const end = valueOf(field, to)
    if (/^\d+$/.test(from) !== /^\d+$/.test(to))
      fail({ code: 'invalid', field: field.name, params: { value: item } })
    return expand(field, start, end, step ?? 1)
  }
  return step === null ? [start] : expand(field, start, field.max, step)
}

function parseValues(field: FieldSpec, text: string): number[] {
  if (text.includes('?')) fail({ code: 'questionOnlyDays', field: field.name })
  const special = /[LW#]/.exec(text.replace(/[A-Z]{3}/g, (name) => (field.names?.includes(name) ? '' : name)))
  if (special) fail({ code: 'notHere', field: field.name, params: { char: special[0] } })
  const values = new Set<number>()
  for (const item of text.split(',')) for (const value of parseItem(field, item)) values.add(value)
  return [...values].sort((a, b) => a - b)
}

function parseDayOfMonth(text: string): DayOfMonthRule {
  const field = CRON_FIELDS[3] as FieldSpec
  if (text === '?') return { kind: 'unspecified' }
  if (/[LW]/.test(text)) {
    if (text.includes(',')) fail({ code: 'specialWithList', field: 'dayOfMonth' })
    const last = /^L(?:-(\d+))?(W)?$/.exec(text)
    if (last) {
      const offset = Number(last[1] ?? 0)
      if (offset > 30) fail({ code: 'lastOffset', field: 'dayOfMonth' })
      return { kind: 'last', offset, weekday: last[2] === 'W' }
    }
    const nearest = /^(\d+)W$/.exec(text)
    if (nearest) return { kind: 'nearestWeekday', day: valueOf(field, nearest[1] ?? '') }
    fail({ code: 'invalid', field: 'dayOfMonth', params: { value: text } })
  }
  if (text.includes('#')) fail({ code: 'notHere', field: 'dayOfMonth', params: { char: '#' } })
  return { kind: 'days', days: parseValues(field, text) }
}

function parseDayOfWeek(text: string): DayOfWeekRule {
  const field = CRON_FIELDS[5] as FieldSpec
  if (text === '?') return { kind: 'unspecified' }
  if (text === 'L') return { kind: 'last', day: 7 }
  const withoutNames = text.replace(/[A-Z]{3}/g, '')
  if (/L|#/.test(withoutNames)) {
    if (text.includes(',')) fail({ code: 'specialWithList', field: 'dayOfWeek' })
    const last = /^([0-9]+|[A-Z]{3})L$/.exec(text)
    if (last) return { kind: 'last', day: valueOf(field, last[1] ?? '') }
    const nth = /^([0-9]+|[A-Z]{3})#(\d+)$/.exec(text)
    if (nth) {
      const n = Number(nth[2])
      if (n < 1 || n > 5) fail({ code: 'nth', field: 'dayOfWeek' })
      return { kind: 'nth', day: valueOf(field, nth[1] ?? ''), n }
    }
    fail({ code: 'invalid', field: 'dayOfWeek', params: { value: text } })
  }
  if (withoutNames.includes('W')) fail({ code: 'notHere', field: 'dayOfWeek', params: { char: 'W' } })
  return { kind: 'days', days: parseValues(field, text) }
}

/** Parses a Quartz cron expression, or says what is wrong with it (and in which field). */
export function parseQuartzCron(input: string): CronParseResult {
  try {
    const parts = input.trim().toUpperCase().split(/\s+/).filter(Boolean)
    if (parts.length === 0) fail({ code: 'empty' })
    if (parts.length < 6 || parts.length > 7) fail({ code: 'fieldCount', params: { count: parts.length } })
    const [second, minute, hour, dom, month, dow, year] = parts as [
      string,
      string,
      string,
      string,
      string,
      string,
      string | undefined,
    ]
    if (dom === '?' && dow === '?') fail({ code: 'questionBoth', field: 'dayOfWeek' })
    if (dom !== '?' && dow !== '?') fail({ code: 'questionMissing', field: 'dayOfWeek' })
    const fields = CRON_FIELDS
    const cron: QuartzCron = {
      expression: parts.join(' '),
      seconds: parseValues(fields[0] as FieldSpec, second),
      minutes: parseValues(fields[1] as FieldSpec, minute),
      hours: parseValues(fields[2] as FieldSpec, hour),
      dayOfMonth: parseDayOfMonth(dom),
      months: parseValues(fields[4] as FieldSpec, month),
      dayOfWeek: parseDayOfWeek(dow),
      years: year === undefined || year === '*' ? null : parseValues(fields[6] as FieldSpec, year),
    }
    return { ok: true, cron }
  } catch (error) {
    if (error instanceof CronError) return { ok: false, issue: error.issue }
    throw error
  }
}

/** How many times within one clock hour the expression fires (seconds × minutes); more than 1 is "more often than hourly". */
export function runsPerHour(cron: QuartzCron): number {
  return cron.seconds.length * cron.minutes.length
}
