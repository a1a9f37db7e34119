import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react'

/** How long a search box waits after the last keystroke before it writes its text to the list's URL. */
export const SEARCH_DEBOUNCE_MS = 250

/** A search box's text and what it has written that the list has not shown back yet. */
interface Draft {
  /** What the user typed; null once the list holds it (the box then shows the list's text). */
  typed: string | null
  /** Texts written, oldest first, that the list has not yet shown back. */
  written: string[]
  /** The list's text when the box last looked. */
  seen: string
}

/** The draft after the list's text became `committed`. */
function settle(draft: Draft, committed: string): Draft {
  const at = draft.written.indexOf(committed)
  // Changed from outside (a link, back/forward, Clear filters): the box follows the list.
  if (at < 0) return { typed: null, written: [], seen: committed }
  // One of our own writes, perhaps after newer ones were sent: whatever was typed since stays.
  const written = draft.written.slice(at + 1)
  const caughtUp = written.length === 0 && draft.typed === committed
  return { typed: caughtUp ? null : draft.typed, written, seen: committed }
}

export interface SearchText {
  /** What the box shows. */
  text: string
  /** The box's change handler. */
  change: (text: string) => void
  /** Writes the typed text now: the box's blur and Enter. */
  flush: () => void
  /** The caller is writing `text` itself (Clear filters): the box shows it at once. */
  reset: (text: string) => void
}

/**
 * A search box over a list whose search lives in the URL (or any state): typing is the box's own state, so a
 * keystroke never waits on a navigation; the text is written `SEARCH_DEBOUNCE_MS` after the last keystroke, or at
 * once when the box is left (a click on a row right after typing blurs the box first, so the write is not still
 * waiting when that click navigates away, which would bring the user back).
 *
 * The list shows a write back later than the box types — the router renders navigations as transitions, which a
 * busy machine delays past the next keystroke. So the box follows the list's text only when it changes to
 * something the box did not write; its own writes arriving late never overwrite what was typed since (that lost
 * the "G" of "RG_Finance_DB" once).
 */
export function useSearchText(committed: string, commit: (text: string) => void): SearchText {
  const [stored, setStored] = useState<Draft>({ typed: null, written: [], seen: committed })
  let draft = stored
  if (committed !== stored.seen) {
    draft = settle(stored, committed)
    setStored(draft)
  }

  // Handlers read the draft of the last commit and update it at once, so a blur right after the debounce fired
  // does not write the same text twice.
  const latest = useRef(draft)
  const latestCommit = useRef(commit)
  useLayoutEffect(() => {
    latest.current = draft
    latestCommit.current = commit
  })
  const apply = useCallback((next: Draft) => {
    latest.current = next
    setStored(next)
  }, [])

  const change = useCallback((text: string) => apply({ ...latest.current, typed: text }), [apply])
  const flush = useCallback(() => {
    const current = latest.current
    if (current.typed === null) return
    const target = current.written.at(-1) ?? current.seen
    if (current.typed !== target) {
      apply({ ...current, written: [...current.written, current.typed] })
      latestCommit.current(current.typed)
    } else if (current.written.length === 0) {
      apply({ ...current, typed: null })
    }
  }, [apply])
  const reset = useCallback(
    (text: string) => {
      const current = latest.current
      apply(
        current.written.length === 0 && current.seen === text
          ? { ...current, typed: null }
          : { ...current, typed: text, written: [...current.written, text] },
      )
    },
    [apply],
  )

  const pending = draft.typed !== null && draft.typed !== (draft.written.at(-1) ?? draft.seen)
  useEffect(() => {
    if (!pending) return
    const timer = setTimeout(flush, SEARCH_DEBOUNCE_MS)
    return () => clearTimeout(timer)
  }, [pending, draft.typed, flush])

  return { text: draft.typed ?? committed, change, flush, reset }
}
