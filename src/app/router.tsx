import { createBrowserRouter } from 'react-router'
import { appRoutes } from './routes'

/** The browser's data router; tests build a memory router from the same `appRoutes`. */
export const router = createBrowserRouter(appRoutes)
