import { Anchor, Button, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core'
import { IconDownload, IconExternalLink } from '@tabler/icons-react'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { jobQueries } from '../../../api/resources'
import {
  causeOfReason,
  docUrl,
  recogniseFailure,
  UNRECOGNISED,
  type Recognition,
} from '../../../api/resources'
import classes from './failure-guidance-card.module.css'

interface FailureGuidanceCardProps {
  jobId: number
  reason: string | null | undefined
  onDownloadLogs: () => void
  downloading: boolean
}

/**
 * The full guidance for a failed or warning job: the likely cause in plain words, what to do, where SCV's
 * documentation explains it, and the text it was recognised in. When the reason matches nothing known, the
 * job's logs are searched too; a failure still unrecognised says so and offers the logs.
 */
export function FailureGuidanceCard({
  jobId,
  reason,
  onDownloadLogs,
  downloading,
}: FailureGuidanceCardProps) {
  const { t } = useTranslation('jobs')
  const fromReason = reason ? causeOfReason(reason) : null
  // Only an unexplained reason costs a request. A log that can't be read as JSON leaves the failure unrecognised.
  const logs = useQuery({ ...jobQueries.logs(jobId), enabled: fromReason === null, retry: false })
  if (fromReason === null && logs.isPending) {
    return (
      <Paper withBorder p="md" component="section" aria-busy>
        <Group gap="xs">
          <Loader size="xs" aria-hidden />
          <Text size="sm">{t('guidance.checkingLogs')}</Text>
        </Group>
      </Paper>
    )
  }
  const lines = problemLines(logs.data)
  const recognition = recogniseFailure(reason, lines)
  return recognition.cause === UNRECOGNISED ? (
    <UnrecognisedCard onDownloadLogs={onDownloadLogs} downloading={downloading} />
  ) : (
    <KnownCauseCard recognition={recognition} />
  )
}

/** Levels whose lines can explain a failure; routine lines ("Quiescing VMs") would only mislead. */
const PROBLEM_LEVEL = /err|warn|fatal|severe/i

/**
 * Messages of the error and warning lines of a JSON log answer (lines without a level count); nothing when the
 * appliance sent its file instead (a string).
 */
function problemLines(data: unknown): string[] {
  if (typeof data !== 'object' || data === null) return []
  const list = (
    data as { response?: { jobLogsList?: Array<{ level?: string | null; message?: string | null }> } }
  ).response?.jobLogsList
  if (!Array.isArray(list)) return []
  return list
    .filter((entry) => !entry.level || PROBLEM_LEVEL.test(entry.level))
    .map((entry) => entry.message ?? '')
}

function KnownCauseCard({ recognition }: { recognition: Recognition }) {
  const { t, i18n } = useTranslation('jobs')
  const cause = recognition.cause
  if (cause === UNRECOGNISED) return null
  const key = `guidance.causes.${cause}`
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="failure-guidance-heading">
      <Title order={2} size="h4" id="failure-guidance-heading" mb="sm">
        {t('guidance.cardTitle', { cause: t(`${key}.title`) })}
      </Title>
      <Stack gap="sm">
        <div>
          <Title order={3} size="h6">
            {t('guidance.whatItMeans')}
          </Title>
          <Text size="sm">{t(`${key}.cause`)}</Text>
        </div>
        <div>
          <Title order={3} size="h6">
            {t('guidance.whatToDo')}
          </Title>
          <Text size="sm">{t(`${key}.fix`)}</Text>
        </div>
        <Anchor
          href={docUrl(cause, i18n.language)}
          target="_blank"
          rel="noreferrer"
          size="sm"
          className={classes.doc}
        >
          {t('guidance.documentation', { topic: t(`${key}.docTopic`) })}
          <IconExternalLink size={14} aria-hidden />
        </Anchor>
        {recognition.evidence && recognition.source && (
          <div>
            <Text size="xs" c="dimmed">
              {t(`guidance.recognisedIn.${recognition.source}`)}
            </Text>
            <Text component="blockquote" size="sm" className={classes.evidence}>
              {recognition.evidence}
            </Text>
          </div>
        )}
      </Stack>
    </Paper>
  )
}

function UnrecognisedCard({
  onDownloadLogs,
  downloading,
}: Omit<FailureGuidanceCardProps, 'jobId' | 'reason'>) {
  const { t } = useTranslation('jobs')
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="failure-guidance-heading">
      <Title order={2} size="h4" id="failure-guidance-heading" mb="xs">
        {t('guidance.unrecognisedTitle')}
      </Title>
      <Text size="sm" mb="sm">
        {t('guidance.unrecognisedBody')}
      </Text>
      <Button
        variant="default"
        leftSection={<IconDownload size={16} aria-hidden />}
        onClick={onDownloadLogs}
        loading={downloading}
        disabled={downloading}
      >
        {t('detail.downloadLogs')}
      </Button>
    </Paper>
  )
}
