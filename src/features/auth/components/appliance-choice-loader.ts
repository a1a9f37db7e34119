import type { ApplianceChoice } from './appliance-choice'

let loaded: typeof ApplianceChoice | undefined

/**
 * The appliance checkboxes exist only under the console server with several appliances: their code (Mantine's
 * Checkbox) loads with the sign-in page there (`app/routes.tsx`), and is never downloaded otherwise.
 */
export async function loadApplianceChoice(): Promise<void> {
  loaded ??= (await import('./appliance-choice')).ApplianceChoice
}

/** The checkboxes once `loadApplianceChoice` has loaded them (the same component every time). */
export function loadedApplianceChoice(): typeof ApplianceChoice | undefined {
  return loaded
}
