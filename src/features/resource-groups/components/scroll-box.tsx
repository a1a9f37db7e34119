import type { ReactNode } from 'react'
import { Box } from '@mantine/core'

interface ScrollBoxProps {
  /** Names the scrollable region for keyboard and screen-reader users. */
  label: string
  maxHeight?: number
  minWidth?: number
  children: ReactNode
}

/**
 * A scrollable box keyboard users can reach (focusable and named), which axe's scrollable-region-focusable
 * asks for; Mantine's Table.ScrollContainer viewport is not focusable.
 */
export function ScrollBox({ label, maxHeight, minWidth = 500, children }: ScrollBoxProps) {
  return (
    <Box tabIndex={0} role="group" aria-label={label} style={{ overflow: 'auto', maxHeight }}>
      <Box miw={minWidth}>{children}</Box>
    </Box>
  )
}
