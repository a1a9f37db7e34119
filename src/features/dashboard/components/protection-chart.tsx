import { lazy, Suspense } from 'react'
import { ColorSwatch, Group, Skeleton, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { ChartFigure } from '../../../components/chart-figure'
import { formatNumber } from '../../../lib/format/number'

// Recharts loads on its own chunk: the summary and numbers paint at once, a skeleton holds the donut's place.
const ProtectionDonut = lazy(() => import('./protection-donut'))

interface ProtectionChartProps {
  protectedCount: number
  /** Unprotected VMs that had a backup before the window. */
  staleCount: number
  /** Unprotected VMs never backed up. */
  neverCount: number
}

/**
 * Protected vs unprotected VMs in the appliance's report window (7 days unless the appliance is set otherwise),
 * as a donut with the numbers. Primary protection only, as SCV reports it.
 */
export function ProtectionChart({ protectedCount, staleCount, neverCount }: ProtectionChartProps) {
  const { t } = useTranslation('dashboard')
  const total = protectedCount + staleCount + neverCount
  const slices = [
    { key: 'protected', value: protectedCount, color: 'teal.6' },
    { key: 'stale', value: staleCount, color: 'yellow.5' },
    { key: 'never', value: neverCount, color: 'red.7' },
  ]
  const percent = (value: number) => (total ? Math.round((value / total) * 100) : 0)
  return (
    <ChartFigure
      title={t('protection.title')}
      summary={t('protection.summary', {
        protected: formatNumber(protectedCount),
        total: formatNumber(total),
        percent: percent(protectedCount),
      })}
      numbers={{
        caption: t('protection.title'),
        columns: [t('protection.state'), t('protection.vms'), t('protection.share')],
        rows: slices.map((slice) => ({
          key: slice.key,
          cells: [t(`protection.${slice.key}`), formatNumber(slice.value), `${percent(slice.value)}%`],
        })),
      }}
    >
      <Stack gap="xs" align="center">
        <Suspense fallback={<Skeleton h={160} circle my={20} />}>
          <ProtectionDonut
            chartLabel={`${percent(protectedCount)}%`}
            data={slices.map((slice) => ({
              name: t(`protection.${slice.key}`),
              value: slice.value,
              color: slice.color,
            }))}
          />
        </Suspense>
        <Group gap="md" justify="center">
          {slices.map((slice) => (
            <Group key={slice.key} gap={6}>
              <ColorSwatch color={`var(--mantine-color-${slice.color.replace('.', '-')})`} size={12} />
              <Text size="sm">{t(`protection.${slice.key}`)}</Text>
            </Group>
          ))}
        </Group>
      </Stack>
    </ChartFigure>
  )
}
