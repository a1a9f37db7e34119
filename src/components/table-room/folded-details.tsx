import { Group, Stack, Text } from '@mantine/core'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

/**
 * A folded column's value with its header before it ("Mounted on: esx-01"), for values that need naming; the
 * value may be a block (a cell's own text or badge) and stays on the label's line while it fits.
 */
export function Labelled({ label, children }: { label: string; children: ReactNode }) {
  const { t } = useTranslation()
  return (
    <Group gap={4} wrap="wrap" align="baseline">
      <Text span inherit fw={500}>
        {t('folded.label', { label })}
      </Text>
      {children}
    </Group>
  )
}

/**
 * The secondary columns a narrow table folds into its primary cell, one small line each under the primary
 * value; lines that are `false`/`null` (the column still has its own place) are left out.
 */
export function FoldedDetails({ lines }: { lines: ReactNode[] }) {
  const shown = lines.filter((line) => line !== false && line !== null && line !== undefined)
  if (shown.length === 0) return null
  return (
    <Stack gap={2} mt={4}>
      {shown.map((line, index) => (
        <Text key={index} size="xs" c="dimmed" component="div" style={{ overflowWrap: 'anywhere' }}>
          {line}
        </Text>
      ))}
    </Stack>
  )
}
