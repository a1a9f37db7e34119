import type { ReactNode } from 'react'
import { Code, SimpleGrid, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { Policy } from '../model/policy-form'
import { frequencyText, lockText, retentionText } from './policy-text'

interface PolicyDetailProps {
  policy: Policy
}

/** Every field of a policy, shown when its row is expanded. */
export function PolicyDetail({ policy }: PolicyDetailProps) {
  const { t } = useTranslation('policies')
  const yesNo = (value: boolean | undefined) => t(value ? 'common:boolean.yes' : 'common:boolean.no')
  const primary = policy.lockingPeriod?.primary ?? null
  const secondary = policy.lockingPeriod?.secondary ?? null
  const scripts = (paths: string[] | undefined) =>
    paths && paths.length > 0 ? (
      <Stack gap={2}>
        {paths.map((path) => (
          <Code key={path}>{path}</Code>
        ))}
      </Stack>
    ) : (
      t('detail.noScripts')
    )
  const items: [string, ReactNode][] = [
    [t('detail.description'), policy.description || t('list.none')],
    [t('detail.frequency'), frequencyText(t, policy.frequency)],
    [t('detail.retention'), retentionText(t, policy.retention)],
    [t('detail.primaryLock'), primary ? lockText(t, primary) : t('detail.notLocked')],
    [
      t('detail.secondaryLock'),
      secondary ? lockText(t, secondary) : primary ? t('detail.inheritsPrimary') : t('detail.notLocked'),
    ],
    [t('detail.snapMirror'), yesNo(policy.updateSnapMirror)],
    [t('detail.snapVault'), yesNo(policy.updateSnapVault)],
    [t('detail.snapshotLabel'), policy.snapshotLabel || t('list.none')],
    [t('detail.vmConsistency'), yesNo(policy.vmConsistency)],
    [t('detail.includeIndependentDisks'), yesNo(policy.includeIndependentDisks)],
    [t('detail.preScripts'), scripts(policy.preScripts)],
    [t('detail.postScripts'), scripts(policy.postScripts)],
    [t('detail.id'), String(policy.id)],
  ]
  return (
    <SimpleGrid
      component="dl"
      cols={{ base: 1, sm: 2, lg: 3 }}
      spacing="md"
      verticalSpacing="xs"
      p="md"
      m={0}
      aria-label={t('detail.label', { name: policy.name })}
    >
      {items.map(([label, value]) => (
        <div key={label}>
          <Text component="dt" size="xs" c="dimmed">
            {label}
          </Text>
          <Text component="dd" size="sm" m={0}>
            {value}
          </Text>
        </div>
      ))}
    </SimpleGrid>
  )
}
