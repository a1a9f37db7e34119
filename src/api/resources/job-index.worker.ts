import { createJobIndexHost, type JobIndexRequest } from './job-index-host'

/** The worker's global scope, typed without the webworker lib (which clashes with the DOM lib of the app). */
interface WorkerScope {
  postMessage(message: unknown): void
  onmessage: ((event: MessageEvent<JobIndexRequest>) => void) | null
}

/** The job index in its own thread: the page sends the raw job list and questions, and gets row positions. */
const scope = self as unknown as WorkerScope
const handle = createJobIndexHost((answer) => scope.postMessage(answer))
scope.onmessage = (event) => handle(event.data)
