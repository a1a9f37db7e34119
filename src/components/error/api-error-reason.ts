import type { TFunction } from 'i18next'
import { toApiError } from '../../api'

/**
 * The one sentence that says what exactly went wrong with a call, for places too small for the whole alert (a
 * picker's status line): the field an answer lacks, else the appliance's own words, else the kind of trouble
 * and the operation. `t` must read the common namespace.
 */
export function apiErrorReason(error: unknown, t: TFunction): string {
  const apiError = toApiError(error)
  const operation = `${apiError.method} ${apiError.path}`
  if (apiError.problem) return answerProblemText(apiError.problem, operation, t)
  if (apiError.scvMessage) return t('errors.applianceSaid', { message: apiError.scvMessage })
  return apiError.path
    ? `${t(`errors.title.${apiError.kind}`)} (${operation})`
    : t(`errors.title.${apiError.kind}`)
}

/** "The appliance's answer to GET /4.1/jobs lacks name at $.response…", or the wrong-type variant. */
export function answerProblemText(
  problem: NonNullable<ReturnType<typeof toApiError>['problem']>,
  operation: string,
  t: TFunction,
): string {
  return t(problem.found ? 'errors.wrongType' : 'errors.missingField', { ...problem, operation })
}
