import type { UseFormReturnType } from '@mantine/form'
import { useErrorText } from '../model/use-error-text'
import type { ResourceGroupFormValues } from './form-values'

export type ResourceGroupForm = UseFormReturnType<ResourceGroupFormValues>

/** `form.getInputProps` with the error turned into text of the current language. */
export function useFieldProps(form: ResourceGroupForm) {
  const errorText = useErrorText()
  return (path: string, options?: { type?: 'input' | 'checkbox' }) => {
    const props = form.getInputProps(path, options)
    return { ...props, error: errorText(props.error) }
  }
}
