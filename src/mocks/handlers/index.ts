import type { RequestHandler } from 'msw'
import { resetSimulator } from '../control'
import { createAdminHandlers } from './admin'
import { auditHandlers } from './audit'
import { authHandlers } from './auth'
import { configurationHandlers } from './configuration'
import { datastoreBackupsHandlers } from './datastore-backups'
import { createGateway } from './gateway'
import { jobsHandlers } from './jobs'
import { policiesHandlers } from './policies'
import { reportsHandlers } from './reports'
import { resourceGroupsHandlers } from './resource-groups'
import { schedulesHandlers } from './schedules'
import { storageSystemsHandlers } from './storage-systems'
import { vmBackupsHandlers } from './vm-backups'

/** One handler per operation of the contract, typed against its `paths`. */
export const apiHandlers: RequestHandler[] = [
  ...authHandlers,
  ...storageSystemsHandlers,
  ...policiesHandlers,
  ...resourceGroupsHandlers,
  ...vmBackupsHandlers,
  ...datastoreBackupsHandlers,
  ...jobsHandlers,
  ...reportsHandlers,
  ...schedulesHandlers,
  ...auditHandlers,
  ...configurationHandlers,
]

/** Everything the simulator serves, in matching order: control endpoints, the gateway, then the API. */
export const handlers: RequestHandler[] = [
  ...createAdminHandlers((options) => resetSimulator(options)),
  createGateway(apiHandlers),
  ...apiHandlers,
]
