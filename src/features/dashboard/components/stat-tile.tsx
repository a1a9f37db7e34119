import type { ReactNode } from 'react'
import { Anchor, Group, Paper, Stack, Text } from '@mantine/core'
import { Link } from 'react-router'

interface StatTileProps {
  label: string
  value: ReactNode
  detail?: ReactNode
  to?: string
  linkLabel?: string
}

/** One number on the dashboard, with a line of context and a way to the page behind it. */
export function StatTile({ label, value, detail, to, linkLabel }: StatTileProps) {
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label={label}>
      <Stack gap={4}>
        <Text size="sm" c="dimmed" fw={500}>
          {label}
        </Text>
        <Text fz={28} fw={700} lh={1.1}>
          {value}
        </Text>
        {detail && (
          <Text size="sm" c="dimmed">
            {detail}
          </Text>
        )}
        {to && linkLabel && (
          <Group>
            <Anchor component={Link} to={to} size="sm">
              {linkLabel}
            </Anchor>
          </Group>
        )}
      </Stack>
    </Paper>
  )
}
