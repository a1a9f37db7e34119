import { useMemo, useRef, useState, type ReactNode } from 'react'
import {
  Alert,
  Button,
  Combobox,
  Group,
  InputBase,
  Loader,
  Pill,
  PillsInput,
  Stack,
  Text,
  useCombobox,
} from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { apiErrorReason } from '../error/api-error-reason'
import { InventoryBadges } from './inventory-badges'
import { parseMorefEntry, searchInventory, type InventoryItem, type InventoryKind } from './inventory-items'
import { useInventory } from './use-inventory'

/** At most this many options are rendered; ~400 VMs would make the list slow and useless to scan. */
const MAX_OPTIONS = 50
const ENTERED_PREFIX = 'entered:'

interface InventoryPickerBaseProps {
  /** Pick VMs or datastores. */
  kind: InventoryKind
  /** Visible label (also the accessible name). Defaults to "Virtual machine" / "Datastore". */
  label?: string
  description?: ReactNode
  /** A validation message from the form. */
  error?: ReactNode
  /**
   * Returns why an item cannot be chosen (shown beside it, and the option is disabled), or null. E.g. refuse
   * templates in a restore: `item => item.isTemplate ? t('templateRefused') : null`.
   */
  disableWhen?: (item: InventoryItem) => string | null
  /** Allow typing a moref (or a VM UUID) for objects the appliance does not report by name. Default true. */
  allowMorefEntry?: boolean
  required?: boolean
  disabled?: boolean
  placeholder?: string
  /** Forwarded to the input, for tests and page objects. */
  'data-testid'?: string
}

interface SinglePickerProps extends InventoryPickerBaseProps {
  multiple?: false
  value: InventoryItem | null
  onChange: (item: InventoryItem | null) => void
  /** Called after `onChange` when the item was picked with Enter (a wizard moves on to its next step). */
  onPickByEnter?: (item: InventoryItem) => void
  /** Focus the input when it mounts (the page is about choosing this). */
  autoFocus?: boolean
}

interface MultiplePickerProps extends InventoryPickerBaseProps {
  multiple: true
  value: InventoryItem[]
  onChange: (items: InventoryItem[]) => void
}

export type InventoryPickerProps = SinglePickerProps | MultiplePickerProps

/**
 * Pick a VM or a datastore by name from what the appliance knows (resource-group members, protection
 * reports), or enter a moref / VM UUID for anything else. Templates and vVol VMs carry badges; `disableWhen`
 * refuses items with a reason. A Mantine Combobox: arrow keys move, Enter picks, Escape closes.
 */
export function InventoryPicker(props: InventoryPickerProps) {
  const { kind, disableWhen, allowMorefEntry = true } = props
  const { t } = useTranslation('inventory-picker')
  const { t: tCommon } = useTranslation()
  const inventory = useInventory(kind)
  const combobox = useCombobox({
    onDropdownClose: () => combobox.resetSelectedOption(),
  })
  const selected: InventoryItem[] = props.multiple ? props.value : props.value ? [props.value] : []
  const singleName = !props.multiple && props.value ? props.value.name : ''
  const [search, setSearch] = useState<string | null>(null)
  const query = search ?? (props.multiple ? '' : singleName)
  // While nothing is typed (or the selected name is shown) every item is a candidate.
  const effectiveQuery = search === null ? '' : search

  const matches = useMemo(
    () => searchInventory(inventory.items, effectiveQuery),
    [inventory.items, effectiveQuery],
  )
  const shown = matches.slice(0, MAX_OPTIONS)
  const typed = effectiveQuery.trim()
  const entry = allowMorefEntry && typed ? parseMorefEntry(kind, typed) : null
  const enteredItem =
    entry?.item && !inventory.items.some((item) => item.moref === entry.item.moref) ? entry.item : null
  // Someone typing "vm-" or "datastore-" or something UUID-like is entering a moref: tell them if it is wrong.
  const looksLikeEntry = /^(vm-|datastore-|[0-9a-f]{8}-)/i.test(typed)
  const formatProblem =
    allowMorefEntry && entry?.problem === 'format' && looksLikeEntry && matches.length === 0

  const label = props.label ?? t(`label.${kind}`)
  const labelledName = (item: InventoryItem) => (item.name === item.moref ? item.moref : `${item.name}`)

  // Whether the option being submitted was picked with Enter (Mantine submits clicks and Enter alike).
  const enterPressed = useRef(false)

  const choose = (item: InventoryItem) => {
    if (disableWhen?.(item)) return
    if (props.multiple) {
      const exists = props.value.some((chosen) => chosen.moref === item.moref)
      props.onChange(
        exists ? props.value.filter((chosen) => chosen.moref !== item.moref) : [...props.value, item],
      )
      setSearch('')
    } else {
      props.onChange(item)
      setSearch(null)
      combobox.closeDropdown()
      if (enterPressed.current) props.onPickByEnter?.(item)
      enterPressed.current = false
    }
  }

  const onOptionSubmit = (value: string) => {
    if (value.startsWith(ENTERED_PREFIX)) {
      if (enteredItem) choose(enteredItem)
      return
    }
    const item = inventory.items.find((candidate) => candidate.moref === value)
    if (item) choose(item)
  }

  const options = shown.map((item) => {
    const reason = disableWhen?.(item) ?? null
    const isSelected = selected.some((chosen) => chosen.moref === item.moref)
    return (
      <Combobox.Option
        value={item.moref}
        key={item.moref}
        disabled={reason !== null}
        active={isSelected}
        aria-label={reason ? t('disabledReason', { name: item.name, reason }) : undefined}
      >
        <Group justify="space-between" wrap="nowrap" gap="xs">
          <Stack gap={0}>
            <Text size="sm">{item.name}</Text>
            <Text size="xs" c="dimmed">
              {item.moref}
              {reason ? ` · ${reason}` : ''}
            </Text>
          </Stack>
          <InventoryBadges item={item} />
        </Group>
      </Combobox.Option>
    )
  })

  const dropdown = (
    <Combobox.Dropdown>
      {/* Named after the field (axe: a listbox needs a name). */}
      <Combobox.Options mah={320} style={{ overflowY: 'auto' }} aria-label={label}>
        {inventory.isLoading && inventory.items.length === 0 ? (
          <Combobox.Empty>{t('loading')}</Combobox.Empty>
        ) : (
          <>
            {options}
            {enteredItem && (
              <Combobox.Option
                value={`${ENTERED_PREFIX}${enteredItem.moref}`}
                disabled={!!disableWhen?.(enteredItem)}
              >
                <Text size="sm">{t('useEntered', { moref: enteredItem.moref })}</Text>
              </Combobox.Option>
            )}
            {matches.length === 0 && !enteredItem && (
              <Combobox.Empty>
                <Stack gap={2}>
                  <Text size="sm">
                    {formatProblem
                      ? t(`formatError.${kind}`, { text: typed })
                      : t('noMatch', { kind: t(`kind.${kind}`) })}
                  </Text>
                  {allowMorefEntry && !formatProblem && <Text size="xs">{t(`enterHint.${kind}`)}</Text>}
                </Stack>
              </Combobox.Empty>
            )}
          </>
        )}
      </Combobox.Options>
      {matches.length > MAX_OPTIONS && (
        <Combobox.Footer>
          <Text size="xs">{t('more', { count: matches.length - MAX_OPTIONS })}</Text>
        </Combobox.Footer>
      )}
    </Combobox.Dropdown>
  )

  // What the field shows around its input, the same for several (pills) and for one (a text box).
  const fieldProps = {
    label,
    description: props.description,
    error: props.error,
    required: props.required,
    disabled: props.disabled,
    rightSection: inventory.isLoading ? <Loader size="xs" aria-hidden /> : <Combobox.Chevron />,
  }
  const placeholder = props.placeholder ?? t(`placeholder.${kind}`)
  const onSearchChange = (text: string) => {
    setSearch(text)
    combobox.openDropdown()
    combobox.updateSelectedOptionIndex()
    // Enter then picks the best match.
    requestAnimationFrame(() => combobox.selectFirstOption())
  }

  const sourceErrors = inventory.errors.length > 0 && (
    <Alert color="yellow" variant="light" p="xs" role="status">
      <Group justify="space-between" gap="xs">
        <Stack gap={2}>
          <Text size="sm">{t('sourcesFailed')}</Text>
          {inventory.errors.map((error, index) => (
            <Text key={index} size="xs">
              {apiErrorReason(error, tCommon)}
            </Text>
          ))}
        </Stack>
        <Button size="compact-xs" variant="default" onClick={inventory.retry}>
          {t('retry')}
        </Button>
      </Group>
    </Alert>
  )

  if (props.multiple) {
    return (
      <Stack gap={4}>
        <Combobox store={combobox} onOptionSubmit={onOptionSubmit} withinPortal={false}>
          <Combobox.DropdownTarget>
            <PillsInput {...fieldProps} onClick={() => combobox.openDropdown()}>
              <Pill.Group>
                {props.value.map((item) => (
                  <Pill
                    key={item.moref}
                    withRemoveButton
                    onRemove={() =>
                      props.onChange(props.value.filter((chosen) => chosen.moref !== item.moref))
                    }
                    // Mantine hides the remove button from keyboards and screen readers; make it a real button.
                    removeButtonProps={{
                      'aria-label': t('remove', { name: labelledName(item) }),
                      'aria-hidden': false,
                      tabIndex: 0,
                    }}
                  >
                    {labelledName(item)}
                  </Pill>
                ))}
                <Combobox.EventsTarget>
                  <PillsInput.Field
                    value={query}
                    placeholder={placeholder}
                    aria-label={label}
                    data-testid={props['data-testid']}
                    onFocus={() => combobox.openDropdown()}
                    onBlur={() => combobox.closeDropdown()}
                    onChange={(event) => onSearchChange(event.currentTarget.value)}
                    onKeyDown={(event) => {
                      if (event.key === 'Backspace' && query.length === 0 && props.value.length > 0) {
                        event.preventDefault()
                        props.onChange(props.value.slice(0, -1))
                      }
                    }}
                  />
                </Combobox.EventsTarget>
              </Pill.Group>
            </PillsInput>
          </Combobox.DropdownTarget>
          {dropdown}
        </Combobox>
        {sourceErrors}
      </Stack>
    )
  }

  const value = props.value
  return (
    <Stack gap={4}>
      <Combobox store={combobox} onOptionSubmit={onOptionSubmit} withinPortal={false}>
        <Combobox.Target>
          <InputBase
            {...fieldProps}
            rightSectionPointerEvents="none"
            value={query}
            placeholder={placeholder}
            data-testid={props['data-testid']}
            autoFocus={props.autoFocus}
            onKeyDown={(event) => {
              enterPressed.current = event.key === 'Enter'
            }}
            onChange={(event) => onSearchChange(event.currentTarget.value)}
            onClick={() => {
              enterPressed.current = false
              combobox.openDropdown()
            }}
            // No opening on focus: a wizard step focuses this field on load, and a list that opens by
            // itself covers the controls below it (a failed read's Retry). Typing, a click or ArrowDown opens it.
            onBlur={() => {
              combobox.closeDropdown()
              setSearch(null)
            }}
          />
        </Combobox.Target>
        {dropdown}
      </Combobox>
      {value && (
        <Group gap="xs" wrap="nowrap">
          <Text size="xs" c="dimmed" data-testid="inventory-picker-selected">
            {t('selected', { name: value.name, moref: value.moref })}
          </Text>
          <InventoryBadges item={value} />
        </Group>
      )}
      {sourceErrors}
    </Stack>
  )
}
