import { createBrowserRouter } from 'react-router'
import { routes } from './routes'

/** The browser's data router; tests build a memory router from the same `routes`. */
export const router = createBrowserRouter(routes)
