import { useId, useState, type ReactNode } from 'react'
import { Box, Button, Paper, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core'
import { useTranslation } from 'react-i18next'

/** The numbers a chart draws, as a table: the chart's text alternative. */
export interface ChartNumbers {
  caption: string
  columns: string[]
  rows: { key: string; cells: ReactNode[] }[]
}

interface ChartFigureProps {
  title: string
  /** One sentence that says what the chart shows, in numbers (read before the chart). */
  summary: ReactNode
  numbers: ChartNumbers
  /** The chart itself; hidden from assistive technology, which reads the table instead. */
  children: ReactNode
  /** Controls beside the title (a window switch). */
  actions?: ReactNode
  /** Heading level of the title. */
  order?: 2 | 3
}

/**
 * A chart with its text alternative: a summary sentence and the table of its numbers, which screen readers
 * always get and sighted users can open. The drawing itself is `aria-hidden` so nothing is read twice.
 */
export function ChartFigure({ title, summary, numbers, children, actions, order = 2 }: ChartFigureProps) {
  const { t } = useTranslation('chart-figure')
  const [open, setOpen] = useState(false)
  const id = useId()
  const table = (
    <Table withTableBorder striped fz="sm" id={`${id}-numbers`}>
      <Table.Caption>{numbers.caption}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          {numbers.columns.map((column, i) => (
            <Table.Th key={column} scope="col" ta={i === 0 ? 'left' : 'right'}>
              {column}
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {numbers.rows.map((row) => (
          <Table.Tr key={row.key}>
            {row.cells.map((cell, i) =>
              i === 0 ? (
                <Table.Th key={i} scope="row" fw={400}>
                  {cell}
                </Table.Th>
              ) : (
                <Table.Td key={i} ta="right">
                  {cell}
                </Table.Td>
              ),
            )}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  )
  return (
    <Paper withBorder p="md" radius="md" component="figure" m={0} aria-labelledby={`${id}-title`}>
      <Stack gap="sm">
        <Box style={{ display: 'flex', justifyContent: 'space-between', gap: 12, flexWrap: 'wrap' }}>
          <Title order={order} size="h4" id={`${id}-title`}>
            {title}
          </Title>
          {actions}
        </Box>
        <Text size="sm" c="dimmed">
          {summary}
        </Text>
        <div aria-hidden="true">{children}</div>
        <div>
          <Button
            variant="subtle"
            size="compact-sm"
            aria-expanded={open}
            aria-controls={`${id}-numbers`}
            onClick={() => setOpen((value) => !value)}
            data-print-hide
          >
            {open ? t('hideNumbers') : t('showNumbers')}
          </Button>
        </div>
        {open ? table : <VisuallyHidden>{table}</VisuallyHidden>}
      </Stack>
    </Paper>
  )
}
