import { Notifications } from '@mantine/notifications'

/**
 * Where notifications appear. Loaded once the first page is drawn (`app-layout.tsx`): `notifications.show()`
 * only writes to Mantine's store, so one shown before this arrives appears when it does.
 */
export default function NotificationsHost() {
  return <Notifications position="top-right" />
}
