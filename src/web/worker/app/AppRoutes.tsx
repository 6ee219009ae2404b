import { lazy } from 'react';
import { Route, Routes } from 'react-router';
import type { SoonService } from '../pages/ComingSoon';
import Help from '../pages/Help';
import Home from '../pages/Home';
import { antdMobileReady } from './antd-ready';
import { Layout } from './Layout';

/** A lazy page's import, fetched beside antd-mobile's render hook; shown once both are in (antd-ready.ts). */
const afterAntd =
  <T,>(load: () => Promise<T>) =>
  async (): Promise<T> =>
    (await Promise.all([load(), antdMobileReady]))[0];

// Pages loaded on first visit, so the first screen downloads only what it shows.
const Stations = lazy(afterAntd(() => import('../pages/Stations')));
const Settings = lazy(afterAntd(() => import('../pages/Settings')));
const Me = lazy(afterAntd(() => import('../pages/Me')));
const NotFound = lazy(afterAntd(() => import('../pages/NotFound')));
const ComingSoon = lazy(
  afterAntd(() => import('../pages/ComingSoon').then((m) => ({ default: m.ComingSoon }))),
);

const soon: SoonService[] = ['checkup', 'tools', 'learn', 'events', 'records'];

/**
 * The worker app's pages. Home and crisis help ship in the first script: help must open at once, even on a
 * dropped connection, without waiting for another download. (Declarative routes rather than the data
 * router: the same lazy pages for about 17 KiB less gzipped JavaScript on a slow phone.)
 */
export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<Home />} />
        <Route path="help" element={<Help />} />
        <Route path="stations" element={<Stations />} />
        <Route path="settings" element={<Settings />} />
        <Route path="me" element={<Me />} />
        {soon.map((service) => (
          <Route key={service} path={service} element={<ComingSoon service={service} />} />
        ))}
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
  );
}
