import { createElement, type ComponentProps } from 'react'
import type { ApplianceChoice } from './appliance-choice'
import { loadedApplianceChoice } from './appliance-choice-loader'

/** The appliance checkboxes where they were loaded with the page (the console server), else nothing. */
export function ApplianceChoiceSlot(props: ComponentProps<typeof ApplianceChoice>) {
  const choice = loadedApplianceChoice()
  return choice ? createElement(choice, props) : null
}
