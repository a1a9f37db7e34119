import { Tabs } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { routes } from '../../../lib/routes'

/** Switches between the built-in schedules and the week planner (two pages with their own URLs). */
export function ScheduleViewTabs({ active }: { active: 'list' | 'planner' }) {
  const { t } = useTranslation('settings')
  const navigate = useNavigate()
  return (
    <Tabs
      value={active}
      onChange={(value) =>
        navigate(value === 'planner' ? routes.settings.planner.href() : routes.settings.schedules.href())
      }
      mb="md"
    >
      <Tabs.List>
        <Tabs.Tab value="list">{t('tabs.list')}</Tabs.Tab>
        <Tabs.Tab value="planner">{t('tabs.planner')}</Tabs.Tab>
      </Tabs.List>
    </Tabs>
  )
}
