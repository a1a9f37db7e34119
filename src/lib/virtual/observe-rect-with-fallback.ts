import { observeElementRect, type Virtualizer } from '@tanstack/react-virtual'

/** Used when the scroll box has no layout yet (first frame, or jsdom): render a screenful rather than nothing. */
export const FALLBACK_HEIGHT = 640

/** TanStack Virtual's rect observer, with a screenful assumed while the scroll box has no height. */
export function observeRectWithFallback(
  instance: Virtualizer<HTMLDivElement, Element>,
  cb: (rect: { width: number; height: number }) => void,
) {
  return observeElementRect(instance, (rect) =>
    cb(rect.height > 0 ? rect : { width: rect.width || 1024, height: FALLBACK_HEIGHT }),
  )
}
