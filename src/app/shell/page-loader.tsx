import { Center, Loader } from '@mantine/core'

/** Shown while a lazily loaded page module arrives. */
export function PageLoader() {
  return (
    <Center mih="50vh" role="status" aria-label="Loading">
      <Loader size="sm" />
    </Center>
  )
}
