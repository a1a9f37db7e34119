import { useEffect } from 'react'

/** How long the frame waits for its first page before it draws its controls anyway (a page that never loads). */
export const FRAME_CONTROLS_DEADLINE_MS = 4000

/**
 * Rendered after the page inside the page's Suspense boundary, so it mounts only once the page has: calls
 * `onDrawn` after the browser has painted that page.
 */
export function OnPageDrawn({ onDrawn }: { onDrawn: () => void }) {
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(onDrawn)
    })
    return () => {
      cancelAnimationFrame(frame)
      clearTimeout(timer)
    }
  }, [onDrawn])
  return null
}
