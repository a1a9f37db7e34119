import { scvClient } from '../../../api'
import { getRequestLog } from '../../../mocks'
import { signInForTest } from '../../../test/render-app'

/** Starts backup now on the first active group that has a policy; returns the new job's id. */
export async function startBackup(): Promise<number> {
  await signInForTest()
  const { data: groups } = await scvClient.GET('/4.1/resource-groups')
  const group = groups?.response?.resourceGroupResponseList.find(
    (g) => (g.policies?.length ?? 0) > 0 && g.status !== 'UNDER_MAINTENANCE',
  )
  const policyId = group?.policies?.[0]?.id
  if (!group || policyId === undefined) throw new Error('The simulator has no group with a policy')
  const { data } = await scvClient.POST('/4.1/resource-groups/backupnow', {
    body: { resourceGroupId: group.id, policyId },
  })
  const jobId = data?.response?.jobId
  if (typeof jobId !== 'number') throw new Error('backupnow returned no job id')
  return jobId
}

/** A job stuck in RUNNING (the seed keeps a few): its id. */
export async function stuckJobId(): Promise<number> {
  await signInForTest()
  const { data } = await scvClient.GET('/4.1/jobs')
  const job = data?.response?.jobResponseList.find((j) => j.status === 'RUNNING')
  if (!job) throw new Error('The simulator seed has no running job')
  return job.id
}

/** How many requests matching method and path the simulator has received. */
export function requestCount(method: string, path: string | RegExp): number {
  return getRequestLog().filter(
    (r) => r.method === method && (typeof path === 'string' ? r.path === path : path.test(r.path)),
  ).length
}

/** A finished backup job that names its resource group: its id. */
export async function finishedBackupJobId(): Promise<number> {
  await signInForTest()
  const { data } = await scvClient.GET('/4.1/jobs')
  const job = data?.response?.jobResponseList.find(
    (j) => j.type === 'backup' && j.status === 'SUCCESSFUL' && typeof j.resourceGroupId === 'number',
  )
  if (!job) throw new Error('The simulator seed has no finished backup job')
  return job.id
}

/** The machine running the tests is shared: wait for the first render of a 3,000-job page generously. */
export const SLOW = { timeout: 10_000 }

/** A seeded failed job whose failure reason matches: its id. */
export async function failedJobIdWhere(reason: RegExp): Promise<number> {
  await signInForTest()
  const { data } = await scvClient.GET('/4.1/jobs')
  const job = data?.response?.jobResponseList.find(
    (j) => j.status === 'FAILED' && reason.test(j.failureReason ?? ''),
  )
  if (!job) throw new Error(`The simulator seed has no failed job whose reason matches ${reason}`)
  return job.id
}
