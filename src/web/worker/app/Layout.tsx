import { Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation } from 'react-router';
import { BottomNav } from './BottomNav';
import { OfflineBanner } from './OfflineBanner';
import { PageErrorBoundary } from './PageErrorBoundary';

/**
 * Every page: the offline banner on top, the page, and the bottom tabs (with 求助 always one tap away).
 * The error boundary and loading state sit inside, so the tabs stay when a page fails or is still loading.
 */
export function Layout() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on each page change, to start it at its top.
  useEffect(() => {
    window.scrollTo(0, 0);
  }, [pathname]);
  return (
    <div className="app">
      <OfflineBanner />
      <main className="app-main">
        {/* Keyed by page: a failed page does not stick to the next one, and a lazy page shows its own loading. */}
        <PageErrorBoundary key={pathname}>
          <Suspense
            fallback={
              <p className="page-loading" role="status">
                {t('app.loading')}
              </p>
            }
          >
            <Outlet />
          </Suspense>
        </PageErrorBoundary>
      </main>
      <BottomNav />
    </div>
  );
}
