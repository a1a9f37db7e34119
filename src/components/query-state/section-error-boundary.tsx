import { Component, type ErrorInfo, type ReactNode } from 'react'
import { ApiErrorAlert } from '../error/api-error-alert'

interface SectionErrorBoundaryProps {
  children: ReactNode
  context?: string
  /** Changing it (e.g. the data) clears a caught error. */
  resetKey?: unknown
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

  render(): ReactNode {
    if (this.state.error) return <ApiErrorAlert error={this.state.error} context={this.props.context} />
    return this.props.children
  }
}
