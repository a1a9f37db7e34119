import { useTranslation } from 'react-i18next'
import { UNRECOGNISED, type LikelyCause } from '../../../api/resources'
import classes from './jobs-table.module.css'

/** The short "Likely cause: …" line under a failed or warning job's reason (the job's page has the full card). */
export function LikelyCauseLine({ cause }: { cause: LikelyCause }) {
  const { t } = useTranslation('jobs')
  const title = t(`guidance.causes.${cause}.title`)
  return (
    <span
      className={`${classes.small} ${classes.truncate} ${cause === UNRECOGNISED ? classes.dimmed : classes.cause}`}
      data-testid="likely-cause"
      data-cause={cause}
      title={title}
    >
      {t('guidance.rowLine', { cause: title })}
    </span>
  )
}
