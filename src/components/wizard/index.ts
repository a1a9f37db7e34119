export {
  useWizardForm,
  type UseWizardFormOptions,
  type WizardForm,
  type WizardIntent,
} from './use-wizard-form'
export {
  stepDefaults,
  type WizardStepDef,
  type StepDefaults,
  type DefaultReason,
  type DefaultsContext,
  type WizardField,
} from './step-defaults'
export { WizardFrame } from './wizard-frame'
export { WizardShell, type WizardShellStep } from './wizard-shell'
export { ReviewFrame } from './review-frame'
export { RestCallPreview } from './rest-call-preview'
export { useWizardResult } from './use-wizard-result'
export { toCurl } from './curl'
