import { useState } from 'react'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { FormDialog } from '../../../components/confirm/form-dialog'
import { listPageTexts } from '../../../components/list-toolbar/list-page-texts'
import { SearchableListPage } from '../../../components/list-toolbar/searchable-list-page'
import { useOperationUnsupported } from '../../../lib/appliance/unsupported-operations'
import { useListParams } from '../../../lib/url/list-params'
import { policyQueries } from '../../../api/resources'
import { DeletePolicyConfirm } from '../components/delete-policy-confirm'
import { PoliciesTable } from '../components/policies-table'
import { PolicyForm } from '../components/policy-form'
import type { Policy } from '../model/policy-form'
import { filterAndSortPolicies, policyListFields } from '../model/policy-list'

type Dialog = { kind: 'create' } | { kind: 'edit'; policy: Policy } | { kind: 'delete'; policy: Policy }

/** `/policies`: backup policies with create, edit and delete. */
export function PoliciesPage() {
  const { t } = useTranslation('policies')
  const query = useQuery(policyQueries.list())
  const [params, setParams] = useListParams(policyListFields)
  const [dialog, setDialog] = useState<Dialog | null>(null)
  const close = () => setDialog(null)
  const createUnsupported = useOperationUnsupported('createPolicy')
  const updateUnsupported = useOperationUnsupported('updatePolicy')
  const deleteUnsupported = useOperationUnsupported('deletePolicy')
  const policies = query.data?.response.policyResponseList ?? []
  const openId = params.open
  const editing = dialog?.kind === 'edit' ? dialog.policy : undefined
  const otherNames = policies.filter((policy) => policy.id !== editing?.id).map((policy) => policy.name)

  return (
    <SearchableListPage
      texts={listPageTexts(t)}
      create={
        createUnsupported
          ? undefined
          : { label: t('page.create'), onClick: () => setDialog({ kind: 'create' }) }
      }
      searchText={params.search}
      onSearchChange={(search) => setParams({ search })}
      query={query}
      isEmpty={(data) => data.response.policyResponseList.length === 0}
      dialogs={
        <>
          <FormDialog
            opened={dialog?.kind === 'create' || dialog?.kind === 'edit'}
            onClose={close}
            title={editing ? t('form.editTitle', { name: editing.name }) : t('form.createTitle')}
            size="xl"
          >
            {(dialog?.kind === 'create' || dialog?.kind === 'edit') && (
              <PolicyForm
                key={editing ? editing.id : 'create'}
                policy={editing}
                otherNames={otherNames}
                onDone={close}
                onCancel={close}
              />
            )}
          </FormDialog>
          {dialog?.kind === 'delete' && (
            <DeletePolicyConfirm policy={dialog.policy} onDone={close} onCancel={close} />
          )}
        </>
      }
    >
      {(data) => {
        const shown = filterAndSortPolicies(data.response.policyResponseList, params)
        return {
          count: t('list.count', { count: shown.length }),
          list: (
            <PoliciesTable
              policies={shown}
              sort={params.sort}
              direction={params.direction}
              onSortChange={(sort, direction) => setParams({ sort, direction })}
              openId={openId}
              onToggle={(policy) => setParams({ open: policy.id === openId ? null : policy.id })}
              noRecordsText={t('page.noMatch', { search: params.search })}
              onEdit={updateUnsupported ? undefined : (policy) => setDialog({ kind: 'edit', policy })}
              onDelete={deleteUnsupported ? undefined : (policy) => setDialog({ kind: 'delete', policy })}
            />
          ),
        }
      }}
    </SearchableListPage>
  )
}
