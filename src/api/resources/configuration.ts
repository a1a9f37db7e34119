import { useQueryClient } from '@tanstack/react-query'
import { resourceKey, resourceQuery, useResourceMutation } from './query'
import type { components } from '../schema'

type Schemas = components['schemas']
export type ConfigurationItem = Schemas['ConfigurationItem']
export type VcenterRegistrationRequest = Schemas['VcenterRegistrationRequest']

/** The configuration keys the documentation's history names. */
export const CONFIGURATION_KEYS = ['ENABLE_FSX', 'FORCE_ZAPI'] as const
export type ConfigurationKeyName = (typeof CONFIGURATION_KEYS)[number]

/** Key prefix of the configuration reads. */
const configurationKeys = { item: resourceKey('/4.1/configurations') }

/**
 * Appliance configuration keys and vCenter registration: calls seen only in the documentation's history
 * (added, then removed), so an appliance may answer that it does not offer them.
 */
export const configurationQueries = {
  /** `GET /4.1/configurations?configurationName=…` (how the key is passed is inferred). */
  item: (configurationName: ConfigurationKeyName) =>
    resourceQuery(
      'get',
      '/4.1/configurations',
      { params: { query: { configurationName } } },
      // A not-offered answer is final for the session: asking again would not change it.
      { retry: false },
    ),
}

/** `PUT /4.1/configurations` with `{configurationName, configurationValue, objectType: 'ConfigKey'}`. */
export function useUpdateConfiguration() {
  const queryClient = useQueryClient()
  return useResourceMutation('put', '/4.1/configurations', {
    retry: false,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: configurationKeys.item }),
  })
}

/** `POST /4.1/vcenter/validate`: checks vCenter connectivity and credentials; changes nothing. */
export function useValidateVcenter() {
  return useResourceMutation('post', '/4.1/vcenter/validate', { retry: false, gcTime: 0 })
}

/** `POST /4.1/vcenter`: registers the plug-in's extension with vCenter. Never retried. */
export function useRegisterVcenter() {
  return useResourceMutation('post', '/4.1/vcenter', { retry: false, gcTime: 0 })
}
