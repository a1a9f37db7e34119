import { useLayoutEffect, type RefObject } from 'react'

/**
 * Sizes a scroll box so it reaches the bottom of the window from wherever the page puts it: the rows get the
 * room the header, tiles and filters leave (at least `min` px, so a short window still shows a few rows). It
 * writes the height on the element (no re-render), and follows the window's size and anything above the box
 * growing or shrinking (a filter bar opening).
 */
export function useFillViewportHeight(
  ref: RefObject<HTMLElement | null>,
  { min = 320, bottomGap = 16 }: { min?: number; bottomGap?: number } = {},
): void {
  useLayoutEffect(() => {
    const element = ref.current
    if (!element || typeof ResizeObserver === 'undefined') return
    const fit = () => {
      const top = element.getBoundingClientRect().top + window.scrollY
      const height = Math.max(min, Math.floor(window.innerHeight - top - bottomGap))
      if (element.style.height !== `${height}px`) element.style.height = `${height}px`
    }
    fit()
    // The page's own size changes when something above the box opens or closes; the box's height does not
    // move its top, so this settles after one pass.
    const observer = new ResizeObserver(fit)
    observer.observe(document.body)
    window.addEventListener('resize', fit)
    return () => {
      observer.disconnect()
      window.removeEventListener('resize', fit)
    }
  }, [ref, min, bottomGap])
}
