import { Component, type ErrorInfo, type ReactNode } from 'react';

interface ErrorBoundaryProps {
  /** What the console says broke, before the error itself: "Route failed", "Stage failed to render". */
  what: string;
  /** Rendered instead of the children; `retry` renders them again. */
  fallback: (retry: () => void) => ReactNode;
  children: ReactNode;
}

/**
 * A render error stays inside the boundary that caught it: around a stage, the stepper and the
 * rest of the app keep working; around the routes, the user gets a way to reload.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, { hasError: boolean }> {
  override state = { hasError: false };

  static getDerivedStateFromError() {
    return { hasError: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error(this.props.what, error, info.componentStack);
  }

  override render() {
    if (this.state.hasError) return this.props.fallback(() => this.setState({ hasError: false }));
    return this.props.children;
  }
}
