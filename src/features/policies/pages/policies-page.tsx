import { useState } from 'react'
import { Button, Stack } from '@mantine/core'
import { IconPlus } from '@tabler/icons-react'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { FormDialog } from '../../../components/confirm/form-dialog'
import { CountedList, ListToolbar } from '../../../components/list-toolbar/list-toolbar'
import { PageHeader } from '../../../components/page-header/page-header'
import { QueryState } from '../../../components/query-state/query-state'
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
    <>
      <PageHeader
        title={t('page.title')}
        description={t('page.description')}
        actions={
          !createUnsupported && (
            <Button
              leftSection={<IconPlus size={16} aria-hidden />}
              onClick={() => setDialog({ kind: 'create' })}
            >
              {t('page.create')}
            </Button>
          )
        }
      />
      <Stack gap="sm">
        <ListToolbar
          label={t('list.search')}
          search={{
            label: t('list.search'),
            placeholder: t('list.searchPlaceholder'),
            value: params.search,
            onChange: (search) => setParams({ search }),
          }}
        />
        <QueryState
          query={query}
          errorContext={t('page.loadError')}
          isEmpty={(data) => data.response.policyResponseList.length === 0}
          empty={t('page.empty')}
        >
          {(data) => {
            const shown = filterAndSortPolicies(data.response.policyResponseList, params)
            return (
              <CountedList count={t('list.count', { count: shown.length })}>
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
              </CountedList>
            )
          }}
        </QueryState>
      </Stack>

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
  )
}
