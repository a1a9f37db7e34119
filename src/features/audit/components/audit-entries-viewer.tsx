import { memo, useEffect, useRef } from 'react'
import { useVirtualizer } from '@tanstack/react-virtual'
import { useTranslation } from 'react-i18next'
import { formatDateTime, localZoneLabel } from '../../../lib/format/date-time'
import { observeRectWithFallback } from '../../../lib/virtual/observe-rect-with-fallback'
import type { AuditRow } from '../model/audit-entries'
import classes from './audit-entries-viewer.module.css'

const ROW_HEIGHT = 34
interface AuditEntriesViewerProps {
  rows: readonly AuditRow[]
  /** Show each line exactly as written instead of its fields. */
  raw: boolean
  /** Changes when the filter changes; the list then starts at the top again. */
  resetKey: string
}

/**
 * The entries of one audit file as an ARIA table that renders only the lines in view, so a full 10 MB file
 * scrolls as easily as a short one. The scroll box takes keyboard focus (arrow keys and Page Down scroll).
 */
export function AuditEntriesViewer({ rows, raw, resetKey }: AuditEntriesViewerProps) {
  const { t } = useTranslation('audit')
  const scrollRef = useRef<HTMLDivElement>(null)
  // TanStack Virtual returns a mutable instance by design, so the React compiler skips this component.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
    observeElementRect: observeRectWithFallback,
    getItemKey: (index) => rows[index]?.index ?? index,
  })

  useEffect(() => {
    scrollRef.current?.scrollTo?.({ top: 0 })
  }, [resetKey])

  const rowClass = raw ? `${classes.row} ${classes.rawRow}` : (classes.row ?? '')
  return (
    <div
      ref={scrollRef}
      className={classes.scroll}
      role="table"
      aria-label={t('viewer.tableLabel')}
      aria-rowcount={rows.length + 1}
      tabIndex={0}
      data-testid="audit-entries"
    >
      <div role="rowgroup">
        <div role="row" aria-rowindex={1} className={`${rowClass} ${classes.head}`}>
          <div role="columnheader">{t('viewer.columns.line')}</div>
          {raw ? (
            <div role="columnheader">{t('viewer.columns.raw')}</div>
          ) : (
            <>
              <div role="columnheader">{t('viewer.columns.time', { zone: localZoneLabel() })}</div>
              <div role="columnheader">{t('viewer.columns.user')}</div>
              <div role="columnheader">{t('viewer.columns.event')}</div>
              <div role="columnheader">{t('viewer.columns.object')}</div>
              <div role="columnheader">{t('viewer.columns.message')}</div>
            </>
          )}
        </div>
      </div>
      <div role="rowgroup" className={classes.body} style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const row = rows[item.index]
          if (!row) return null
          return (
            <EntryRow
              key={item.key}
              row={row}
              raw={raw}
              rowIndex={item.index + 2}
              top={item.start}
              rowClass={rowClass}
            />
          )
        })}
      </div>
    </div>
  )
}

interface EntryRowProps {
  row: AuditRow
  raw: boolean
  rowIndex: number
  top: number
  rowClass: string
}

/** One line; the raw text is always its tooltip, and the only content when the line has no fields. */
const EntryRow = memo(function EntryRow({ row, raw, rowIndex, top, rowClass }: EntryRowProps) {
  const { t } = useTranslation('audit')
  const style = { transform: `translateY(${top}px)`, height: ROW_HEIGHT }
  const line = (
    <div role="cell" className={`${classes.cell} ${classes.dimmed}`}>
      {row.index + 1}
    </div>
  )
  if (raw) {
    return (
      <div role="row" aria-rowindex={rowIndex} className={rowClass} style={style}>
        {line}
        <div role="cell" className={`${classes.cell} ${classes.raw}`} title={row.raw}>
          {row.raw}
        </div>
      </div>
    )
  }
  return (
    <div role="row" aria-rowindex={rowIndex} className={rowClass} style={style} title={row.raw}>
      {line}
      <div role="cell" className={classes.cell}>
        {row.at === null ? '—' : formatDateTime(new Date(row.at).toISOString())}
      </div>
      <div role="cell" className={classes.cell}>
        {row.user ?? '—'}
      </div>
      <div role="cell" className={classes.cell}>
        {row.event ?? <span className={classes.dimmed}>{t('viewer.unparsed')}</span>}
      </div>
      <div role="cell" className={classes.cell}>
        {row.object ?? '—'}
      </div>
      <div role="cell" className={`${classes.cell} ${row.unparsed ? classes.raw : ''}`}>
        {row.message}
      </div>
    </div>
  )
})
