import type { ReactNode } from 'react'
import { Alert, List, Text } from '@mantine/core'
import { IconAlertTriangle, IconInfoCircle } from '@tabler/icons-react'

interface WhatHappensProps {
  /** e.g. "What will happen". */
  title: string
  /** One line each; false or null lines (a rule that does not apply) are left out. */
  items: ReadonlyArray<ReactNode | false | null>
  /** `loss` when something is replaced or lost (orange), `info` otherwise. */
  tone: 'loss' | 'info'
  /** That the call is sent once and where its progress shows. */
  once: string
}

/** A recovery wizard's review: what the write will do, before it is sent, and that it is sent once. */
export function WhatHappens({ title, items, tone, once }: WhatHappensProps) {
  const Icon = tone === 'loss' ? IconAlertTriangle : IconInfoCircle
  return (
    <>
      <Alert
        color={tone === 'loss' ? 'orange' : 'blue'}
        variant="default"
        icon={<Icon aria-hidden />}
        title={title}
      >
        <List size="sm" spacing={4}>
          {items.filter(Boolean).map((item, index) => (
            <List.Item key={index}>{item}</List.Item>
          ))}
        </List>
      </Alert>
      <Text size="sm" c="dimmed">
        {once}
      </Text>
    </>
  )
}
