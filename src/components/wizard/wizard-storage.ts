import type { DefaultsTaken } from './step-defaults'

/** What a wizard keeps for this tab, so a reload or a re-login after a 401 finds it again. */
export interface SavedWizard<Values> {
  values: Values
  defaults: DefaultsTaken<Values>
}

export function loadWizard<Values extends object>(storageKey: string, initial: Values): SavedWizard<Values> {
  try {
    const saved = sessionStorage.getItem(storageKey)
    if (!saved) return { values: initial, defaults: {} }
    const parsed = JSON.parse(saved) as Partial<SavedWizard<Partial<Values>>>
    return {
      values: { ...initial, ...parsed.values },
      defaults: (parsed.defaults ?? {}) as DefaultsTaken<Values>,
    }
  } catch {
    return { values: initial, defaults: {} }
  }
}

export function saveWizard<Values>(storageKey: string, saved: SavedWizard<Values>): void {
  try {
    sessionStorage.setItem(storageKey, JSON.stringify(saved))
  } catch {
    // Storage full or denied: the wizard still works, it just won't survive a reload.
  }
}

export function clearWizard(storageKey: string): void {
  sessionStorage.removeItem(storageKey)
}
