import { Component, type ErrorInfo, type ReactNode } from 'react'
import { ApiErrorAlert } from '../error/api-error-alert'

interface SectionErrorBoundaryProps {
  children: ReactNode
  context?: string
  /** Changing it (e.g. the data) clears a caught error. */
  resetKey?: unknown
  /** Asks again (e.g. the query's refetch); the Retry button also clears the caught error. */
  onRetry?: () => void
}

interface SectionErrorBoundaryState {
  error: unknown
  resetKey: unknown
}

/**
 * Catches a render error in one section — typically an answer missing fields the console needs — and shows
 * it as a "malformed answer" there, so the rest of the page keeps working.
 */
export class SectionErrorBoundary extends Component<SectionErrorBoundaryProps, SectionErrorBoundaryState> {
  state: SectionErrorBoundaryState = { error: null, resetKey: this.props.resetKey }

  static getDerivedStateFromError(error: unknown): Partial<SectionErrorBoundaryState> {
    return { error }
  }

  static getDerivedStateFromProps(
    props: SectionErrorBoundaryProps,
    state: SectionErrorBoundaryState,
  ): Partial<SectionErrorBoundaryState> | null {
    return props.resetKey !== state.resetKey ? { error: null, resetKey: props.resetKey } : null
  }

  componentDidCatch(error: unknown, info: ErrorInfo): void {
    // Kept for developers; the user sees the alert. console.warn, not error: the section handled it.
    console.warn('A section could not render its data', error, info.componentStack)
  }

  /** The same answer may come back (structurally shared, so `resetKey` does not change): clear the error here. */
  private retry = (): void => {
    this.setState({ error: null })
    this.props.onRetry?.()
  }

  render(): ReactNode {
    if (this.state.error) {
      return (
        <ApiErrorAlert
          error={this.state.error}
          context={this.props.context}
          onRetry={this.props.onRetry && this.retry}
        />
      )
    }
    return this.props.children
  }
}
