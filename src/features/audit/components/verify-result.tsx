import { Alert, List, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { compareVerification, INTEGRITY_STATES, integrityKey, type VerifyChange } from '../model/integrity'
import { IntegrityBadge } from './integrity-badge'

interface VerifyResultProps {
  before: ReadonlyArray<{ fileName: string; integrityStatus: string }>
  after: ReadonlyArray<{ fileName: string; integrityStatus: string }>
}

/**
 * The outcome of a verification, per file: how many files are in each state now, which files changed state
 * (a file newly TAMPERED first), and what TAMPERED means for the operator when any file is.
 */
export function VerifyResult({ before, after }: VerifyResultProps) {
  const { t } = useTranslation('audit')
  const { changed, counts } = compareVerification(before, after)
  const tampered = after.filter((f) => f.integrityStatus === 'TAMPERED')
  const bad = tampered.length > 0
  const summary = INTEGRITY_STATES.filter((state) => counts[state])
    .map((state) =>
      t('verify.count', { count: counts[state], state: t(`integrity.${integrityKey(state)}.label`) }),
    )
    .join(t('verify.separator'))
  return (
    <Alert
      color={bad ? 'red' : 'teal'}
      variant="default"
      role={bad ? 'alert' : 'status'}
      title={bad ? t('verify.tamperedTitle', { count: tampered.length }) : t('verify.cleanTitle')}
    >
      <Stack gap="xs">
        <Text size="sm">{t('verify.summary', { summary })}</Text>
        {changed.length > 0 ? (
          <>
            <Text size="sm" fw={600}>
              {t('verify.changedTitle', { count: changed.length })}
            </Text>
            <List size="sm" spacing={4} aria-label={t('verify.changedTitle', { count: changed.length })}>
              {changed.map((change) => (
                <ChangeItem key={change.fileName} change={change} />
              ))}
            </List>
          </>
        ) : (
          <Text size="sm">{t('verify.noChange')}</Text>
        )}
        {bad && (
          <>
            <Text size="sm" fw={600}>
              {t('verify.tamperedFiles')}
            </Text>
            <List size="sm" spacing={2}>
              {tampered.map((file) => (
                <List.Item key={file.fileName}>{file.fileName}</List.Item>
              ))}
            </List>
            <Text size="sm">{t('integrity.TAMPERED.meaning')}</Text>
            <Text size="sm">{t('verify.tamperedAdvice')}</Text>
          </>
        )}
      </Stack>
    </Alert>
  )
}

function ChangeItem({ change }: { change: VerifyChange }) {
  const { t } = useTranslation('audit')
  return (
    <List.Item>
      <Text span size="sm">
        {change.fileName}:{' '}
      </Text>
      {change.before ? <IntegrityBadge state={change.before} /> : t('verify.new')} →{' '}
      <IntegrityBadge state={change.after} />
    </List.Item>
  )
}
