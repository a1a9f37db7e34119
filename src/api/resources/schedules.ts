import { useQueryClient } from '@tanstack/react-query'
import { resourceKey, resourceQuery, useResourceMutation } from './query'
import type { components } from '../schema'

export type BuiltInSchedule = components['schemas']['BuiltInSchedule']

/** Key prefix of the built-in schedules read (W15). */
const scheduleKeys = { list: resourceKey('/4.1/schedules') }

/** The appliance's five built-in maintenance schedules and their Quartz cron expressions. */
export const scheduleQueries = {
  /** `GET /4.1/schedules`. */
  list: () => resourceQuery('get', '/4.1/schedules'),
}

/** `PUT /4.1/schedules` with the schedule's name and its new cron expression. */
export function useModifyBuiltInSchedule() {
  const queryClient = useQueryClient()
  return useResourceMutation('put', '/4.1/schedules', {
    retry: false,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: scheduleKeys.list }),
  })
}
