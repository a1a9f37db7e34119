import { afterEach, describe, expect, it } from 'vitest'
import { render, screen } from '@testing-library/react'
import { QueryClient } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { Providers } from '../../app/providers'
import { changeLanguage } from '../../app/i18n'
import { BackupStatusBadge, JobStatusBadge, LastRunBadge, ResourceGroupStatusBadge } from '.'

function show(node: ReactNode) {
  return render(
    <Providers queryClient={new QueryClient()} devtools={false}>
      {node}
    </Providers>,
  )
}

describe('status badges', () => {
  afterEach(async () => {
    await changeLanguage('en')
  })

  it.each([
    ['RUNNING', 'Running'],
    ['SUCCESSFUL', 'Successful'],
    ['WARNING', 'Warning'],
    ['FAILED', 'Failed'],
  ])('writes the job status %s out as "%s"', (status, label) => {
    show(<JobStatusBadge status={status} />)
    expect(screen.getByText(label)).toBeInTheDocument()
  })

  it('shows a job status the console does not know as "unknown" with the raw value', () => {
    show(
      <>
        <JobStatusBadge status="PAUSED" />
        <JobStatusBadge status={undefined} />
      </>,
    )
    expect(screen.getByTitle('PAUSED')).toHaveTextContent('unknown: PAUSED')
    expect(screen.getByText('unknown')).toBeInTheDocument()
  })

  it('says "Never run" for a group that has not run, and the job status otherwise', () => {
    show(
      <>
        <LastRunBadge status={null} />
        <LastRunBadge status="FAILED" />
      </>,
    )
    expect(screen.getByText('Never run')).toBeInTheDocument()
    expect(screen.getByText('Failed')).toBeInTheDocument()
  })

  it('writes out resource-group and backup statuses', () => {
    show(
      <>
        <ResourceGroupStatusBadge status="UNDER_MAINTENANCE" />
        <ResourceGroupStatusBadge status="PRODUCTION" />
        <BackupStatusBadge status="COMPLETED" />
        <BackupStatusBadge status="EXPIRED" />
      </>,
    )
    expect(screen.getByText('Under maintenance')).toBeInTheDocument()
    expect(screen.getByText('Production')).toBeInTheDocument()
    expect(screen.getByText('Completed')).toBeInTheDocument()
    expect(screen.getByText('unknown: EXPIRED')).toBeInTheDocument()
  })

  it('speaks the chosen language', async () => {
    await changeLanguage('zh-TW')
    show(
      <>
        <JobStatusBadge status="SUCCESSFUL" />
        <ResourceGroupStatusBadge status="UNDER_MAINTENANCE" />
      </>,
    )
    expect(screen.getByText('成功')).toBeInTheDocument()
    expect(screen.getByText('維護中')).toBeInTheDocument()
  })
})
