import { type ComponentType, lazy, type ReactNode, Suspense } from 'react';
import { createBrowserRouter, Outlet } from 'react-router';
import { Loading } from './components/Loading';
import { NotFound } from './components/NotFound';
import { RequireAction, RequireRole } from './components/RequireAction';
import { RouteError } from './components/RouteError';
import { ConsoleLayout } from './layout/ConsoleLayout';
import { contentEditorRoles, contentRoles } from './lib/content-access';
import { RequireStage } from './session/gates';
import { SessionProvider } from './session/SessionProvider';

/** Each page is its own chunk, loaded when first opened. */
function page<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) {
  const Component = lazy(async () => ({ default: (await load())[name] as ComponentType }));
  return (
    <Suspense fallback={<Loading />}>
      <Component />
    </Suspense>
  );
}

const LoginPage = page(() => import('./pages/login/LoginPage'), 'LoginPage');
const PasswordSetupPage = page(() => import('./pages/setup/PasswordSetupPage'), 'PasswordSetupPage');
const TotpSetupPage = page(() => import('./pages/setup/TotpSetupPage'), 'TotpSetupPage');
const HomePage = page(() => import('./pages/home/HomePage'), 'HomePage');
const OrganisationsPage = page(() => import('./pages/organisations/OrganisationsPage'), 'OrganisationsPage');
const UsersPage = page(() => import('./pages/users/UsersPage'), 'UsersPage');
const AuditPage = page(() => import('./pages/audit/AuditPage'), 'AuditPage');
const TenantsPage = page(() => import('./pages/tenants/TenantsPage'), 'TenantsPage');
const AccountPage = page(() => import('./pages/account/AccountPage'), 'AccountPage');
const AlertsPage = page(() => import('./pages/alerts/AlertsPage'), 'AlertsPage');
const AppointmentsPage = page(() => import('./pages/appointments/AppointmentsPage'), 'AppointmentsPage');
const RostersPage = page(() => import('./pages/rosters/RostersPage'), 'RostersPage');
const StationsPage = page(() => import('./pages/stations/StationsPage'), 'StationsPage');
const InstrumentTextsPage = page(
  () => import('./pages/instruments/InstrumentTextsPage'),
  'InstrumentTextsPage',
);
const LicencesPage = page(() => import('./pages/licences/LicencesPage'), 'LicencesPage');
const CheckupsPage = page(() => import('./pages/checkups/CheckupsPage'), 'CheckupsPage');
const CampaignsPage = page(() => import('./pages/campaigns/CampaignsPage'), 'CampaignsPage');
const CasesPage = page(() => import('./pages/cases/CasesPage'), 'CasesPage');
const CasePage = page(() => import('./pages/cases/CasePage'), 'CasePage');
const ReferralsPage = page(() => import('./pages/referrals/ReferralsPage'), 'ReferralsPage');
const ReferPage = page(() => import('./pages/refer/ReferPage'), 'ReferPage');
const RecommendationsPage = page(
  () => import('./pages/recommendations/RecommendationsPage'),
  'RecommendationsPage',
);
const CareSettingsPage = page(() => import('./pages/care-settings/CareSettingsPage'), 'CareSettingsPage');
const OrdersPage = page(() => import('./pages/orders/OrdersPage'), 'OrdersPage');
const ReportsPage = page(() => import('./pages/reports/ReportsPage'), 'ReportsPage');
const NewOrderPage = page(() => import('./pages/orders/NewOrderPage'), 'NewOrderPage');
const CoveragePage = page(() => import('./pages/coverage/CoveragePage'), 'CoveragePage');
const ContentListPage = page(() => import('./pages/content'), 'ContentListPage');
const ContentEditorPage = page(() => import('./pages/content'), 'ContentEditorPage');
const EventsPage = page(() => import('./pages/events'), 'EventsPage');
const EventPage = page(() => import('./pages/events'), 'EventPage');
const EventEditorPage = page(() => import('./pages/events'), 'EventEditorPage');
const StatisticsPage = page(() => import('./pages/statistics'), 'StatisticsPage');

const Root = ({ children }: { children?: ReactNode }) => (
  <SessionProvider>{children ?? <Outlet />}</SessionProvider>
);

export const router = createBrowserRouter(
  [
    {
      path: '/',
      element: <Root />,
      errorElement: <RouteError />,
      children: [
        { path: 'login', element: LoginPage },
        {
          path: 'setup/password',
          element: <RequireStage stage="password_change">{PasswordSetupPage}</RequireStage>,
        },
        { path: 'setup/totp', element: <RequireStage stage="totp_enrolment">{TotpSetupPage}</RequireStage> },
        {
          element: (
            <RequireStage stage="full">
              <ConsoleLayout />
            </RequireStage>
          ),
          errorElement: <RouteError />,
          children: [
            { index: true, element: HomePage },
            {
              path: 'alerts',
              element: <RequireAction action={['alert.handle', 'alert.enter']}>{AlertsPage}</RequireAction>,
            },
            {
              path: 'appointments',
              element: <RequireAction action="appointment.read">{AppointmentsPage}</RequireAction>,
            },
            { path: 'cases', element: <RequireAction action="case.work">{CasesPage}</RequireAction> },
            { path: 'cases/:id', element: <RequireAction action="case.work">{CasePage}</RequireAction> },
            {
              path: 'referrals',
              element: <RequireAction action="referral.receive">{ReferralsPage}</RequireAction>,
            },
            { path: 'rosters', element: <RequireAction action="roster.read">{RostersPage}</RequireAction> },
            {
              path: 'stations',
              element: (
                <RequireAction action={['servicepoint.manage', 'counsellor.manage']}>
                  {StationsPage}
                </RequireAction>
              ),
            },
            {
              path: 'instruments',
              element: <RequireAction action="instrument.read">{InstrumentTextsPage}</RequireAction>,
            },
            {
              path: 'licences',
              element: <RequireAction action="instrument.read">{LicencesPage}</RequireAction>,
            },
            {
              path: 'checkups',
              element: <RequireAction action="instrument.read">{CheckupsPage}</RequireAction>,
            },
            {
              path: 'campaigns',
              element: <RequireAction action="campaign.manage">{CampaignsPage}</RequireAction>,
            },
            { path: 'content', element: <RequireRole roles={contentRoles}>{ContentListPage}</RequireRole> },
            {
              path: 'content/new',
              element: <RequireRole roles={contentEditorRoles}>{ContentEditorPage}</RequireRole>,
            },
            {
              path: 'content/:id',
              element: <RequireRole roles={contentRoles}>{ContentEditorPage}</RequireRole>,
            },
            { path: 'events', element: <RequireAction action="event.read">{EventsPage}</RequireAction> },
            {
              path: 'events/new',
              element: <RequireAction action="event.manage">{EventEditorPage}</RequireAction>,
            },
            { path: 'events/:id', element: <RequireAction action="event.read">{EventPage}</RequireAction> },
            {
              path: 'events/:id/edit',
              element: <RequireAction action="event.manage">{EventEditorPage}</RequireAction>,
            },
            { path: 'refer', element: <RequireAction action="alert.refer">{ReferPage}</RequireAction> },
            {
              path: 'care-settings',
              element: <RequireAction action="care.settings">{CareSettingsPage}</RequireAction>,
            },
            {
              path: 'recommendations',
              element: <RequireAction action="recommendation.read">{RecommendationsPage}</RequireAction>,
            },
            { path: 'orders', element: <RequireAction action="order.read">{OrdersPage}</RequireAction> },
            {
              path: 'statistics',
              element: <RequireAction action="statistics.read">{StatisticsPage}</RequireAction>,
            },
            {
              path: 'coverage',
              element: <RequireAction action="coverage.read">{CoveragePage}</RequireAction>,
            },
            {
              path: 'reports',
              element: <RequireAction action="statistics.read">{ReportsPage}</RequireAction>,
            },
            {
              path: 'orders/new',
              element: <RequireAction action="order.place">{NewOrderPage}</RequireAction>,
            },
            {
              path: 'organisations',
              element: <RequireAction action="organisation.read">{OrganisationsPage}</RequireAction>,
            },
            { path: 'users', element: <RequireAction action="user.read">{UsersPage}</RequireAction> },
            { path: 'audit', element: <RequireAction action="audit.read">{AuditPage}</RequireAction> },
            { path: 'tenants', element: <RequireAction action="tenant.read">{TenantsPage}</RequireAction> },
            { path: 'account', element: AccountPage },
            { path: '*', element: <NotFound /> },
          ],
        },
      ],
    },
  ],
  { basename: '/console' },
);
