import type { TFunction } from 'i18next'
import type { Policy } from '../model/policy-form'
import { POLICY_FREQUENCIES } from '../model/policy-form'

type LockPeriod = NonNullable<NonNullable<Policy['lockingPeriod']>['primary']>

/** "Daily", or the appliance's own word for a frequency the console does not know. */
export function frequencyText(t: TFunction<'policies'>, frequency: string | undefined): string {
  if (!frequency) return t('list.none')
  return (POLICY_FREQUENCIES as readonly string[]).includes(frequency)
    ? t(`frequency.${frequency}`)
    : frequency
}

/** "30 backups" or "180 days". */
export function retentionText(t: TFunction<'policies'>, retention: Policy['retention']): string {
  if (!retention) return t('list.none')
  return t(`retention.${retention.type}`, { count: retention.value })
}

/** "90 days", "1 year". */
export function lockText(t: TFunction<'policies'>, period: LockPeriod): string {
  return t(`lockUnit.${period.unit}`, { count: period.value })
}
