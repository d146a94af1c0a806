import { Component, type ErrorInfo, type ReactNode } from 'react';

interface StageErrorBoundaryProps {
  /** Rendered instead of the stage; `retry` re-mounts it. */
  fallback: (retry: () => void) => ReactNode;
  children: ReactNode;
}

/** A render error in one stage stays in that stage: the stepper and the rest of the app keep working. */
export class StageErrorBoundary extends Component<StageErrorBoundaryProps, { hasError: boolean }> {
  override state = { hasError: false };

  static getDerivedStateFromError() {
    return { hasError: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error('Stage failed to render', error, info.componentStack);
  }

  override render() {
    if (this.state.hasError) return this.props.fallback(() => this.setState({ hasError: false }));
    return this.props.children;
  }
}
