/**
 * Chart colours of job outcomes, the same hues as the status badges so a chart and a table agree; each colour
 * is also named in the legend and the numbers table, never the only carrier of meaning.
 */
export const STATUS_CHART_COLORS = {
  SUCCESSFUL: 'teal.6',
  WARNING: 'yellow.5',
  FAILED: 'red.7',
  RUNNING: 'blue.6',
  OTHER: 'gray.6',
} as const
