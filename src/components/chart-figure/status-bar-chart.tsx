import { lazy, Suspense } from 'react'
import { Skeleton } from '@mantine/core'
import type { StatusBarChartProps } from './status-bar-drawing'

// Recharts is the largest library in the bundle; the drawing loads on its own so the page (and the chart's
// summary and numbers table) paints without waiting for it.
const StatusBarDrawing = lazy(() => import('./status-bar-drawing'))

/** Bars stacked by job outcome; a skeleton of the same height while the drawing code loads. */
export function StatusBarChart(props: StatusBarChartProps) {
  return (
    <Suspense fallback={<Skeleton h={props.h} />}>
      <StatusBarDrawing {...props} />
    </Suspense>
  )
}
