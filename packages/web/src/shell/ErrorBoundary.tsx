import { Component, type ErrorInfo, type ReactNode } from 'react';
import { CrashNotice } from './CrashNotice';

interface State {
  error: Error | undefined;
}

/** Catches what a page throws while rendering, so one broken page never blanks the whole client. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: undefined };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Gigpact page error', error, info.componentStack);
  }

  override render(): ReactNode {
    return this.state.error ? <CrashNotice /> : this.props.children;
  }
}
