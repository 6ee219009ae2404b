import { Component, type ReactNode } from 'react';
import { RouteError } from './RouteError';

/** Catches a page that fails to render or load (e.g. a lazy chunk on a dropped connection). */
export class PageErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render(): ReactNode {
    return this.state.failed ? <RouteError /> : this.props.children;
  }
}
