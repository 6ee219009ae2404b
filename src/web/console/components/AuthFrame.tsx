import { Card, Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from './LanguageSwitch';
import { Logo } from './Logo';

/** The frame around sign-in and first-sign-in steps: brand, language switch, one card in the middle. */
export function AuthFrame({
  title,
  width = 420,
  children,
}: {
  title: string;
  width?: number;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <div
      style={{
        minHeight: '100vh',
        background: 'linear-gradient(160deg, #fbeef2 0%, #f7f3f4 45%, #eef2f6 100%)',
      }}
    >
      <Flex justify="space-between" align="center" style={{ padding: '16px 32px' }}>
        <Flex align="center" gap={10}>
          <Logo size={36} />
          <div>
            <Typography.Text strong style={{ fontSize: 18, display: 'block' }}>
              {t('app.name')} · {t('app.console')}
            </Typography.Text>
            <Typography.Text type="secondary">{t('app.tagline')}</Typography.Text>
          </div>
        </Flex>
        <LanguageSwitch />
      </Flex>
      <main style={{ display: 'flex', justifyContent: 'center', padding: '24px 16px 48px' }}>
        <Card style={{ width, maxWidth: '100%', boxShadow: '0 6px 24px rgba(120, 40, 70, 0.08)' }}>
          <Typography.Title level={3} style={{ marginTop: 0 }}>
            {title}
          </Typography.Title>
          {children}
        </Card>
      </main>
    </div>
  );
}
