import { useCallback, useEffect, useRef, useState } from 'react'
import {
  FIRST_ROWS,
  jobStore,
  type JobQuery,
  type JobsAnswer,
  type JobsSnapshot,
} from '../../../api/resources'
import type { Job } from '../model/job-row'
/** Rows asked for around what scrolls into view, so scrolling on asks again only every few screens. */
const BLOCK = 100

interface Shown {
  version: number
  positions: Int32Array
  /** Jobs by row position in the list of `version`, filled as they are asked for. */
  rows: Map<number, Job>
}

/** What the jobs table shows: how many jobs match, and the job at each place once it has arrived. */
export interface JobView {
  /** False until the first answer; afterwards the last answer stays shown while the next is on its way. */
  ready: boolean
  count: number
  /** The job at a place of the view (0-based), or undefined while it is being fetched. */
  jobAt: (place: number) => Job | undefined
  /** A stable key for the row at a place (its position in the list), for React and the virtualiser. */
  keyAt: (place: number) => number
  /** Asks for the jobs at places [from, to) that are not here yet. */
  want: (from: number, to: number) => void
  error: Error | null
}

/**
 * Asks the job index (a worker) which jobs a query selects, in which order, and fetches the jobs for the rows
 * the table shows (`query` must keep its identity while it does not change: a new one asks again). Answers to
 * superseded questions are dropped; the previous answer stays on screen until the
 * new one arrives, so a keystroke never blanks the table.
 */
export function useJobView(snapshot: JobsSnapshot | undefined, query: JobQuery): JobView {
  const version = snapshot?.version
  // The answer that came with the list (its default view) paints the first screen in the first render.
  const [shown, setShown] = useState<Shown | null>(() => {
    const prepared = version === undefined ? null : jobStore().prepared(version, query)
    return prepared && version !== undefined ? showAnswer(null, version, prepared) : null
  })
  const [error, setError] = useState<Error | null>(null)
  const [, setArrivals] = useState(0)
  const asked = useRef(new Set<number>())

  useEffect(() => {
    if (version === undefined) return
    let current = true
    const show = (answer: JobsAnswer) => {
      setShown((previous) => {
        if (previous?.version !== version) asked.current = new Set()
        return showAnswer(previous, version, answer)
      })
      setError(null)
    }
    const prepared = jobStore().prepared(version, query)
    if (prepared) {
      show(prepared)
      return
    }
    jobStore()
      .query(version, query, FIRST_ROWS)
      .then(
        (answer) => {
          if (current && answer) show(answer)
        },
        (reason: unknown) => {
          if (current) setError(reason instanceof Error ? reason : new Error(String(reason)))
        },
      )
    return () => {
      current = false
    }
  }, [version, query])

  const want = useCallback(
    (from: number, to: number) => {
      if (!shown) return
      const { positions, rows } = shown
      const start = Math.max(0, from - BLOCK / 2)
      const end = Math.min(positions.length, to + BLOCK / 2)
      let missing = false
      for (let p = from; p < Math.min(to, positions.length) && !missing; p++) {
        const position = positions[p] as number
        missing = !rows.has(position) && !asked.current.has(position)
      }
      if (!missing) return
      const wanted: number[] = []
      for (let p = start; p < end; p++) {
        const position = positions[p] as number
        if (!rows.has(position) && !asked.current.has(position)) wanted.push(position)
      }
      wanted.forEach((position) => asked.current.add(position))
      void jobStore()
        .rows(shown.version, Int32Array.from(wanted))
        .then((jobs) => {
          if (!jobs) return
          jobs.forEach((job, k) => rows.set(wanted[k] as number, job))
          setArrivals((n) => n + 1)
        })
    },
    [shown],
  )

  return {
    ready: shown !== null,
    count: shown?.positions.length ?? 0,
    jobAt: (place) => (shown ? shown.rows.get(shown.positions[place] as number) : undefined),
    keyAt: (place) => (shown ? (shown.positions[place] as number) : place),
    want,
    error,
  }
}

/**
 * What to show for an answer. Within one list a row's job stays the same object (rows already here are kept),
 * so rows that stay on screen across a keystroke don't render again.
 */
function showAnswer(previous: Shown | null, version: number, answer: JobsAnswer): Shown {
  const rows = previous?.version === version ? previous.rows : new Map<number, Job>()
  answer.rows.forEach((job, k) => {
    const position = answer.positions[k] as number
    if (!rows.has(position)) rows.set(position, job)
  })
  return { version, positions: answer.positions, rows }
}
