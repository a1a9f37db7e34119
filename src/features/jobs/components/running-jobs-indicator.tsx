import { useEffect, useRef } from 'react'
import { Anchor, Badge, Button, Divider, Popover, Stack, Text } from '@mantine/core'
import { IconActivity } from '@tabler/icons-react'
import { useQueryClient } from '@tanstack/react-query'
import { useDisclosure } from '@mantine/hooks'
import { useTranslation } from 'react-i18next'
import { Link, useLocation } from 'react-router'
import { routes } from '../../../lib/routes'
import { jobKeys, parseTimeMs } from '../../../api/resources'
import { useJobs } from '../hooks/use-jobs'
import { assessRunning } from '../model/job-set'
import { JobProgress } from './job-progress'

/** How many running jobs the popover lists before "show all". */
const LIST_LIMIT = 8
/** On navigation, a list older than this is fetched again (a burst of clicks costs one request). */
const NAVIGATION_REFRESH_MS = 5_000

/**
 * The header's running-jobs indicator, on every page: a count, and a popover listing the running jobs with
 * links to their detail. It shares the job list query with the jobs page, so it polls by the one jobs rule
 * (`pollIntervalFor`): closely while a job progresses, every few minutes while only stuck jobs run. When
 * nothing runs it does not poll at all — a new job can only appear because
 * someone started it: from this console, whose mutations invalidate `['get', '/4.1/jobs']` (backup now,
 * restore…) and so refresh it at once; or from elsewhere (vCenter, a schedule), which it picks up the next
 * time the user navigates (if the list is more than a few seconds old). That trades a short delay for jobs
 * started outside the console against downloading every job every few seconds forever.
 */
export function RunningJobsIndicator() {
  const { t } = useTranslation('jobs')
  const queryClient = useQueryClient()
  const location = useLocation()
  // The header's controls mount once the page is drawn (app/shell/app-layout.tsx): a job list the page has
  // already failed to read is the page's to retry (its section says so, with Retry), not this one's to re-send.
  const { snapshot } = useJobs({ retryOnMount: false })
  const [opened, { toggle, close }] = useDisclosure(false)

  // Refresh on navigation (not on the first render, when the query is loading anyway); close the popover.
  const firstPath = useRef(location.pathname)
  useEffect(() => {
    close()
    if (firstPath.current === location.pathname) return
    firstPath.current = ''
    const state = queryClient.getQueryState(jobKeys.list)
    if (state && Date.now() - state.dataUpdatedAt < NAVIGATION_REFRESH_MS) return
    void queryClient.refetchQueries(
      { queryKey: jobKeys.list, exact: true, type: 'active' },
      { cancelRefetch: false },
    )
  }, [location.pathname, location.search, queryClient, close])

  if (!snapshot) return null
  const now = snapshot.at
  const running = [...snapshot.summary.running].sort(
    (a, b) => parseTimeMs(b.startTime) - parseTimeMs(a.startTime),
  )
  const count = running.length
  const label = t('indicator.label', { count })

  return (
    <Popover opened={opened} onDismiss={close} position="bottom-end" width={360} shadow="md" trapFocus>
      <Popover.Target>
        <Button
          variant="default"
          size="sm"
          onClick={toggle}
          leftSection={<IconActivity size={16} aria-hidden />}
          rightSection={
            count > 0 ? (
              <Badge size="sm" color="blue.9" variant="filled" circle aria-hidden>
                {count}
              </Badge>
            ) : undefined
          }
          aria-label={label}
          aria-expanded={opened}
          data-testid="running-jobs-indicator"
        >
          <Text span size="sm" visibleFrom="md">
            {t('indicator.short')}
          </Text>
        </Button>
      </Popover.Target>
      <Popover.Dropdown aria-label={label}>
        <Text size="sm" fw={600} mb="xs">
          {label}
        </Text>
        {count === 0 ? (
          <Text size="sm" c="dimmed">
            {t('indicator.none')}
          </Text>
        ) : (
          <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
            {running.slice(0, LIST_LIMIT).map((job) => {
              const stuck = assessRunning(job, snapshot, now).possiblyStuck
              return (
                <li key={job.id}>
                  <Anchor
                    component={Link}
                    to={routes.jobs.detail.href(job.id)}
                    size="sm"
                    fw={500}
                    onClick={close}
                    lineClamp={1}
                  >
                    {`#${job.id} ${job.name ?? ''}`}
                  </Anchor>
                  {stuck ? (
                    <div>
                      <Badge size="sm" color="red.9" variant="filled">
                        {t('stuck.badge')}
                      </Badge>
                    </div>
                  ) : (
                    <JobProgress id={job.id} progress={job.progress} phase={job.phase} />
                  )}
                </li>
              )
            })}
          </Stack>
        )}
        <Divider my="xs" />
        <Anchor component={Link} to={routes.jobs.list.href({ status: 'RUNNING' })} size="sm" onClick={close}>
          {t('indicator.showAll')}
        </Anchor>
      </Popover.Dropdown>
    </Popover>
  )
}
