import type { ReactNode } from 'react'
import { Button, Stack } from '@mantine/core'
import { IconPlus } from '@tabler/icons-react'
import { PageHeader } from '../page-header/page-header'
import { QueryState } from '../query-state/query-state'
import { CountedList, ListToolbar } from './list-toolbar'
import type { ListPageTexts } from './list-page-texts'

interface SearchableListPageProps<T> {
  texts: ListPageTexts
  /** The page's "Add …" button; leave it out where the appliance does not offer the operation. */
  create?: { label: string; onClick: () => void }
  /** The list's search text (from `useListParams`) and its writes. */
  searchText: string
  onSearchChange: (value: string) => void
  query: Parameters<typeof QueryState<T>>[0]['query']
  isEmpty: (data: T) => boolean
  /** The rows the search and sort leave, with their count line ("3 policies"). */
  children: (data: T) => { count: string; list: ReactNode }
  /** The page's dialogs. */
  dialogs?: ReactNode
}

/**
 * A page that is one searchable list of what the appliance holds, with an Add button (storage systems,
 * policies): its header, the search box, the count line and every state of the list, in one place.
 */
export function SearchableListPage<T>(props: SearchableListPageProps<T>) {
  const { create, texts } = props
  const search = {
    label: texts.searchLabel,
    placeholder: texts.searchPlaceholder,
    value: props.searchText,
    onChange: props.onSearchChange,
  }
  return (
    <>
      <PageHeader
        title={texts.title}
        description={texts.description}
        actions={
          create && (
            <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={create.onClick}>
              {create.label}
            </Button>
          )
        }
      />
      <Stack gap="sm">
        <ListToolbar label={search.label} search={search} />
        <QueryState
          query={props.query}
          errorContext={texts.loadError}
          isEmpty={props.isEmpty}
          empty={texts.empty}
        >
          {(data) => {
            const { count, list } = props.children(data)
            return <CountedList count={count}>{list}</CountedList>
          }}
        </QueryState>
      </Stack>
      {props.dialogs}
    </>
  )
}
