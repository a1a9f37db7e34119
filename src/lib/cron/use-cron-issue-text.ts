import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import type { CronIssue } from './quartz-cron'

/** Turns a parse issue into a sentence in the current language, naming the field it is about. */
export function useCronIssueText(): (issue: CronIssue | 'neverRuns') => string {
  const { t } = useTranslation('cron')
  return useCallback(
    (issue: CronIssue | 'neverRuns') => {
      if (issue === 'neverRuns') return t('issues.neverRuns')
      const field = issue.field ? t(`fields.${issue.field}`) : ''
      return t(`issues.${issue.code}`, { ...issue.params, field })
    },
    [t],
  )
}
