import { useEffect, useRef } from 'react'
import { Badge, Button, Menu, Text } from '@mantine/core'
import { IconActivity } from '@tabler/icons-react'
import { useQueryClient } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { Link, useLocation } from 'react-router'
import { paths } from '../../../app/paths'
import { jobQueryKeys } from '../api/queries'
import { useJobs } from '../hooks/use-jobs'
import { assessRunning } from '../model/job-set'
import { JobProgress } from './job-progress'

/** How many running jobs the menu lists before "show all". */
const MENU_LIMIT = 8
/** On navigation, a list older than this is fetched again (a burst of clicks costs one request). */
const NAVIGATION_REFRESH_MS = 5_000

/**
 * The header's running-jobs indicator, on every page: a count, and a menu of the running jobs linking to
 * their detail. It shares the job list query with the jobs page, so it polls only while a job runs (see
 * `listPollInterval`). When nothing runs it does not poll at all — a new job can only appear because
 * someone started it: from this console, whose mutations invalidate `['get', '/4.1/jobs']` (backup now,
 * restore…) and so refresh it at once; or from elsewhere (vCenter, a schedule), which it picks up the next
 * time the user navigates (if the list is more than a few seconds old). That trades a few seconds of
 * delay for jobs started outside the console against downloading every job every few seconds forever.
 */
export function RunningJobsIndicator() {
  const { t } = useTranslation('jobs')
  const queryClient = useQueryClient()
  const location = useLocation()
  const { query, set } = useJobs()

  // Refresh on navigation (not on the first render, when the query is loading anyway).
  const firstPath = useRef(location.pathname)
  useEffect(() => {
    if (firstPath.current === location.pathname) return
    firstPath.current = ''
    const state = queryClient.getQueryState(jobQueryKeys.list)
    if (state && Date.now() - state.dataUpdatedAt < NAVIGATION_REFRESH_MS) return
    void queryClient.refetchQueries(
      { queryKey: jobQueryKeys.list, exact: true, type: 'active' },
      { cancelRefetch: false },
    )
  }, [location.pathname, queryClient])

  if (!set) return null
  const now = query.dataUpdatedAt
  const running = [...set.running].sort((a, b) => b.startMs - a.startMs)
  const count = running.length
  const label = t('indicator.label', { count })

  return (
    <Menu position="bottom-end" width={340} withinPortal shadow="md">
      <Menu.Target>
        <Button
          variant={count > 0 ? 'light' : 'default'}
          size="sm"
          leftSection={<IconActivity size={16} aria-hidden />}
          rightSection={
            count > 0 ? (
              <Badge size="sm" color="blue.8" variant="filled" circle>
                {count}
              </Badge>
            ) : undefined
          }
          aria-label={label}
          data-testid="running-jobs-indicator"
        >
          <Text span size="sm" visibleFrom="md">
            {t('indicator.short')}
          </Text>
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{label}</Menu.Label>
        {count === 0 && (
          <Text size="sm" c="dimmed" px="sm" py="xs">
            {t('indicator.none')}
          </Text>
        )}
        {running.slice(0, MENU_LIMIT).map((row) => {
          const stuck = assessRunning(row, set, now).possiblyStuck
          return (
            <Menu.Item key={row.index} component={Link} to={paths.jobs.detail(row.id)}>
              <Text size="sm" fw={500} truncate>
                {`#${row.id} ${row.job.name ?? ''}`}
              </Text>
              {stuck ? (
                <Badge size="sm" color="red.9" variant="filled">
                  {t('stuck.badge')}
                </Badge>
              ) : (
                <JobProgress id={row.id} progress={row.job.progress} phase={row.job.phase} />
              )}
            </Menu.Item>
          )
        })}
        <Menu.Divider />
        <Menu.Item component={Link} to={`${paths.jobs.list()}?status=RUNNING`}>
          {t('indicator.showAll')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  )
}
