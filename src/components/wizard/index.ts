export { WizardShell, type WizardShellStep } from './wizard-shell'
export {
  useWizard,
  loadWizardValues,
  saveWizardValues,
  clearWizardValues,
  type WizardStep,
} from './use-wizard'
export { RestCallPreview } from './rest-call-preview'
export { toCurl, type RestCall } from './curl'
