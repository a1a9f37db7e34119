import { useState } from 'react'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { FormDialog } from '../../../components/confirm/form-dialog'
import { listPageTexts } from '../../../components/list-toolbar/list-page-texts'
import { SearchableListPage } from '../../../components/list-toolbar/searchable-list-page'
import { useOperationUnsupported } from '../../../lib/appliance/unsupported-operations'
import { storageSystemQueries } from '../../../api/resources'
import { DeleteStorageConfirm } from '../components/delete-storage-confirm'
import { RenameStorageForm } from '../components/rename-storage-form'
import { StorageSystemForm } from '../components/storage-system-form'
import { StorageSystemsTable } from '../components/storage-systems-table'
import { useListParams } from '../../../lib/url/list-params'
import { buildStorageRows, storageListFields, type StorageSystem } from '../model/storage-rows'

type Dialog =
  | { kind: 'add' }
  | { kind: 'edit'; system: StorageSystem }
  | { kind: 'rename'; system: StorageSystem }
  | { kind: 'delete'; system: StorageSystem }

/** `/storage-systems`: the ONTAP clusters and SVMs SCV knows, with add, edit, rename and remove. */
export function StorageSystemsPage() {
  const { t } = useTranslation('storage-systems')
  const query = useQuery(storageSystemQueries.list())
  const [params, setParams] = useListParams(storageListFields)
  const [dialog, setDialog] = useState<Dialog | null>(null)
  const close = () => setDialog(null)
  // Operations the appliance said it does not offer stay hidden for the session.
  const addUnsupported = useOperationUnsupported('addStorageSystem')
  const editUnsupported = useOperationUnsupported('modifyStorageSystem')
  const renameUnsupported = useOperationUnsupported('renameStorageSystem')
  const deleteUnsupported = useOperationUnsupported('deleteStorageSystem')
  const systems = query.data?.response.storageSystemResponseList ?? []

  return (
    <SearchableListPage
      texts={listPageTexts(t)}
      create={
        addUnsupported ? undefined : { label: t('page.add'), onClick: () => setDialog({ kind: 'add' }) }
      }
      searchText={params.search}
      onSearchChange={(search) => setParams({ search })}
      query={query}
      isEmpty={(data) => data.response.storageSystemResponseList.length === 0}
      dialogs={
        <>
          <FormDialog
            opened={dialog?.kind === 'add' || dialog?.kind === 'edit'}
            onClose={close}
            title={
              dialog?.kind === 'edit' ? t('form.editTitle', { name: dialog.system.name }) : t('form.addTitle')
            }
            size="lg"
          >
            {(dialog?.kind === 'add' || dialog?.kind === 'edit') && (
              <StorageSystemForm
                key={dialog.kind === 'edit' ? dialog.system.name : 'add'}
                system={dialog.kind === 'edit' ? dialog.system : undefined}
                onDone={close}
                onCancel={close}
              />
            )}
          </FormDialog>
          <FormDialog opened={dialog?.kind === 'rename'} onClose={close} title={t('rename.title')} size="lg">
            {dialog?.kind === 'rename' && (
              <RenameStorageForm existingName={dialog.system.name} onDone={close} onCancel={close} />
            )}
          </FormDialog>
          {dialog?.kind === 'delete' && (
            <DeleteStorageConfirm
              system={dialog.system}
              allSystems={systems}
              onDone={close}
              onCancel={close}
            />
          )}
        </>
      }
    >
      {(data) => {
        const rows = buildStorageRows(data.response.storageSystemResponseList, params)
        return {
          count: t('list.count', { count: rows.length }),
          list: (
            <StorageSystemsTable
              rows={rows}
              sort={params.sort}
              direction={params.direction}
              onSortChange={(sort, direction) => setParams({ sort, direction })}
              noRecordsText={t('page.noMatch', { search: params.search })}
              onEdit={editUnsupported ? undefined : (system) => setDialog({ kind: 'edit', system })}
              onRename={renameUnsupported ? undefined : (system) => setDialog({ kind: 'rename', system })}
              onDelete={deleteUnsupported ? undefined : (system) => setDialog({ kind: 'delete', system })}
            />
          ),
        }
      }}
    </SearchableListPage>
  )
}
