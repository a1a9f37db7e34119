import type { UseFormReturnType } from '@mantine/form'
import { useMessageText } from './use-message-text'

/**
 * `form.getInputProps(path)` with the error turned into text (the one place form messages are translated):
 * `<TextInput {...field('name')} />`, `<Checkbox {...field('restart', { type: 'checkbox' })} />`.
 */
export function useFieldProps<Values>(form: UseFormReturnType<Values>) {
  const text = useMessageText()
  return (path: string, options?: { type?: 'input' | 'checkbox' }) => {
    const props = form.getInputProps(path, options)
    return { ...props, error: text(props.error) }
  }
}
