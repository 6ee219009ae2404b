import { Layout, Menu } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import { Logo } from '../components/Logo';
import { CrisisRinger } from '../live/CrisisRinger';
import { LiveCareProvider } from '../live/LiveCareProvider';
import { useCurrentSession } from '../session/context';
import { HeaderBar } from './HeaderBar';
import { navItems, navVisible } from './nav';

/**
 * The console frame: a menu of what the user's roles allow on the left, who and where on top; the live care
 * events (requests for help, notifications) around it all, and the crisis alarm.
 */
export function ConsoleLayout() {
  const { t } = useTranslation();
  const session = useCurrentSession();
  const location = useLocation();
  const visible = navItems.filter((item) => navVisible(session, item));
  const current =
    visible.find((item) => item.path !== '/' && location.pathname.startsWith(item.path))?.key ?? 'home';

  return (
    <LiveCareProvider>
      <CrisisRinger />
      <Layout style={{ minHeight: '100vh' }}>
        <Layout.Sider
          width={220}
          breakpoint="lg"
          collapsedWidth={64}
          style={{ borderRight: '1px solid #f0e4e8' }}
        >
          <Link
            to="/"
            style={{
              display: 'flex',
              alignItems: 'center',
              gap: 10,
              height: 64,
              padding: '0 20px',
              color: 'inherit',
            }}
          >
            <Logo />
            <span style={{ lineHeight: 1.3, whiteSpace: 'nowrap', overflow: 'hidden' }}>
              <span style={{ display: 'block', fontSize: 16, fontWeight: 600 }}>{t('app.name')}</span>
              <span style={{ display: 'block', fontSize: 12, color: 'rgba(0, 0, 0, 0.55)' }}>
                {t('app.console')}
              </span>
            </span>
          </Link>
          <nav aria-label={t('app.mainMenu')}>
            <Menu
              mode="inline"
              selectedKeys={[current]}
              style={{ borderInlineEnd: 0 }}
              items={visible.map((item) => ({
                key: item.key,
                icon: <item.icon />,
                label: <Link to={item.path}>{t(`nav.${item.key}`)}</Link>,
              }))}
            />
          </nav>
        </Layout.Sider>
        <Layout>
          <HeaderBar />
          <Layout.Content style={{ padding: 24 }}>
            <main>
              <Outlet />
            </main>
          </Layout.Content>
        </Layout>
      </Layout>
    </LiveCareProvider>
  );
}
