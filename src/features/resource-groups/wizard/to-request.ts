import type { ResourceGroupRequest, Policy } from '../../../api'
import type { RestCall } from '../../../components/wizard'
import { spanningUnavailable } from '../model/composition'
import { splitAddresses } from './schema'
import type { ResourceGroupFormValues } from './form-values'

/**
 * The body of W3's create and W4's update. Keys confirmed by the public create call (name, description,
 * entities as morefs, spanningDatastores.spanningType, policies[].id, notification) come first; the rest follow
 * the contract's inferred keys. E-mail settings go only when SCV is to send mail.
 */
export function toResourceGroupRequest(
  values: ResourceGroupFormValues,
  policies: readonly Policy[] = [],
): ResourceGroupRequest {
  const spanningType = spanningUnavailable(values.entities) ? 'EXCLUDE_ALL' : values.spanningType
  const format = values.useCustomSnapshotFormat
    ? values.snapshotNameFormat.trim().replaceAll('$CustomText', values.customText.trim())
    : null
  return {
    name: values.name.trim(),
    description: values.description.trim(),
    entities: values.entities.map((item) => item.moref),
    spanningDatastores:
      spanningType === 'MANUAL'
        ? { spanningType, datastores: values.spanningDatastores.map((item) => item.moref) }
        : { spanningType },
    policies: values.policyIds.map((id) => {
      const schedule = values.schedules[String(id)]
      const frequency = policies.find((policy) => policy.id === id)?.frequency
      return {
        id,
        ...(frequency ? { frequency } : {}),
        ...(schedule
          ? {
              schedule: {
                type: schedule.type,
                every: Number(schedule.every),
                startDate: schedule.startDate,
                startTime: schedule.startTime,
              },
            }
          : {}),
      }
    }),
    notification: values.notification,
    scope: values.scope,
    emailSettings:
      values.notification === 'NEVER'
        ? null
        : {
            from: values.emailFrom.trim(),
            to: splitAddresses(values.emailTo),
            ...(values.emailSubject.trim() ? { subject: values.emailSubject.trim() } : {}),
          },
    snapshotNameFormat: format,
    useLatestSnapshotName: values.useLatestSnapshotName,
  }
}

/** The calls the summary shows: W3 for create (policies read on step 4), W4 for edit. */
export function wizardRestCalls(
  values: ResourceGroupFormValues,
  policies: readonly Policy[],
  editId: number | undefined,
): RestCall[] {
  const body = toResourceGroupRequest(values, policies)
  if (editId === undefined) {
    return [
      { method: 'GET', path: '/4.1/policies' },
      { method: 'POST', path: '/4.1/resource-groups', body },
    ]
  }
  return [
    { method: 'GET', path: '/4.1/resource-groups' },
    { method: 'GET', path: '/4.1/policies' },
    { method: 'PUT', path: `/4.1/resource-groups/${editId}`, body },
  ]
}
