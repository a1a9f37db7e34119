import { createTheme, type CSSVariablesResolver } from '@mantine/core'

/**
 * Shade 8 keeps white-on-primary above 4.5:1 in both schemes (shade 6 is 3.55:1), and placeholders use
 * gray 7 in light mode (Mantine's gray 5 is 2.07:1) — axe checks both. Field errors (message, and the value
 * of an invalid input) use red 9 on light and red 4 on dark: Mantine's default red is below 4.5:1 on both.
 */
export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: { light: 8, dark: 8 },
  defaultRadius: 'sm',
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans TC", "PingFang TC", "Microsoft JhengHei", sans-serif',
})

export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-placeholder': 'var(--mantine-color-gray-7)',
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    // Light-variant blue (the active navigation link, light buttons) under the pointer: blue 9 on blue 1 is
    // 4.9:1; Mantine's default hover background drops it below 4.5:1.
    '--mantine-color-blue-light-color': 'var(--mantine-color-blue-9)',
    '--mantine-color-blue-light-hover': 'var(--mantine-color-blue-1)',
  },
  dark: {
    '--mantine-color-placeholder': 'var(--mantine-color-dark-1)',
    '--mantine-color-dimmed': 'var(--mantine-color-dark-1)',
    '--mantine-color-error': 'var(--mantine-color-red-4)',
  },
})
