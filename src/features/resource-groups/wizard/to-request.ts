import type { Policy, ResourceGroupRequest } from '../../../api'
import { restCall } from '../../../api/rest-call'
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
  // Without custom text (an unchanged stored format) `$CustomText` goes back as the appliance sent it.
  const customText = values.customText.trim()
  const format = values.useCustomSnapshotFormat
    ? customText
      ? values.snapshotNameFormat.trim().replaceAll('$CustomText', customText)
      : values.snapshotNameFormat.trim()
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

/** W3's create: what the summary shows and what Create sends. */
export function createGroupCall(values: ResourceGroupFormValues, policies: readonly Policy[]) {
  return restCall('post', '/4.1/resource-groups', { body: toResourceGroupRequest(values, policies) })
}

/** W4's update: the whole group again, with the edits. */
export function updateGroupCall(id: number, values: ResourceGroupFormValues, policies: readonly Policy[]) {
  return restCall('put', '/4.1/resource-groups/{resouceGroupId}', {
    params: { path: { resouceGroupId: id } },
    body: toResourceGroupRequest(values, policies),
  })
}
