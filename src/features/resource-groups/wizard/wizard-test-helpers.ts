import { screen, within } from '@testing-library/react'
import type { UserEvent } from '@testing-library/user-event'
import { getRequestLog } from '../../../mocks'

export const LOADED = { timeout: 5_000 }

/** The wizard's step heading, e.g. "Step 2 of 6: Resources". */
export const stepHeading = (label: string) =>
  screen.findByRole('heading', { level: 2, name: new RegExp(`: ${label}$`) }, LOADED)

export async function next(user: UserEvent) {
  await user.click(screen.getByRole('button', { name: 'Next' }))
}

/** Types `query` in a picker and picks the first `count` options that can be chosen; returns their texts. */
export async function pickFromPicker(
  user: UserEvent,
  label: string,
  query: string,
  count: number,
): Promise<string[]> {
  const input = screen.getByRole('textbox', { name: label })
  const picked: string[] = []
  for (let index = 0; index < count; index += 1) {
    // Picking clears the search, so type it again for each pick.
    await user.click(input)
    await user.type(input, query)
    const options = (await screen.findAllByRole('option', {}, LOADED)).filter(
      (option) =>
        option.getAttribute('aria-disabled') !== 'true' &&
        option.getAttribute('data-combobox-active') !== 'true',
    )
    const option = options[0]
    if (!option) throw new Error(`no option to pick for ${query}`)
    picked.push(within(option).getAllByText(/.+/)[0]?.textContent ?? '')
    await user.click(option)
  }
  return picked
}

/** The simulator's log as `METHOD /path` lines, optionally only for some paths. */
export function callLines(filter: (path: string) => boolean = () => true): string[] {
  return getRequestLog()
    .filter((entry) => filter(entry.path))
    .map((entry) => `${entry.method} ${entry.path.replace(/^\/api/, '')}`)
}
