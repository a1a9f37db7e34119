import type { ReactNode } from 'react'
import { Select } from '@mantine/core'
import type { UseQueryResult } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import type { EsxHostListResponse } from '../../api'
import { QueryState } from '../query-state/query-state'

interface EsxHostChooserProps {
  /** `availableEsxHostsList` of the VM (`…/availableesxhosts`) or of the datastore (`…/availableEsxHosts`). */
  query: UseQueryResult<EsxHostListResponse, unknown>
  /** The host's name ('' when none is chosen). */
  value: string
  onChange: (name: string) => void
  /** What the host is for, e.g. "The VM is registered on this host after the restore." */
  description: string
  error?: ReactNode
}

/** Choose an ESXi host by name (searchable), each shown with its cluster. */
export function EsxHostChooser({ query, value, onChange, description, error }: EsxHostChooserProps) {
  const { t } = useTranslation('recovery')
  return (
    <QueryState
      query={query}
      errorContext={t('host.loadFailed')}
      isEmpty={(data) => data.response.availableEsxHostsList.length === 0}
      empty={t('host.none')}
    >
      {(data) => (
        <Select
          label={t('host.label')}
          description={description}
          placeholder={t('host.placeholder')}
          required
          searchable
          data={data.response.availableEsxHostsList.map((host) => ({
            value: host.name,
            label: host.clusterName
              ? t('host.option', { name: host.name, cluster: host.clusterName })
              : host.name,
          }))}
          value={value || null}
          onChange={(chosen) => onChange(chosen ?? '')}
          error={error}
          nothingFoundMessage={t('host.noMatch')}
        />
      )}
    </QueryState>
  )
}
