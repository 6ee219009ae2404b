import { Alert, Button, Col, Empty, Flex, Row, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { can } from '../../lib/access';
import { loadDefinitions, loadSizes, loadTexts } from '../../lib/checkup-api';
import { errorText } from '../../lib/errors';
import type { CheckupDefinitionView } from '../../lib/types';
import { useLoad } from '../../lib/use-load';
import { useCurrentSession } from '../../session/context';
import { CheckupFormModal } from './CheckupFormModal';
import { DefaultCheckupCard } from './DefaultCheckupCard';
import { DefinitionCard } from './DefinitionCard';

type Dialog = { kind: 'create' } | { kind: 'edit'; definition: CheckupDefinitionView } | null;

/** The default check-up and the federation's own; administrators define, edit and retire their own. */
export function CheckupsPage() {
  const { t } = useTranslation();
  const session = useCurrentSession();
  const manage = can(session, 'checkup.manage');
  const texts = useLoad(loadTexts, 'texts');
  const definitions = useLoad(loadDefinitions, 'definitions');
  // Lengths only make the picker friendlier; without them it still works.
  const sizes = useLoad(() => loadSizes(session.tenant.slug).catch(() => []), 'sizes');
  const [dialog, setDialog] = useState<Dialog>(null);

  const failed = texts.error ?? definitions.error;
  if (failed && !(texts.data && definitions.data))
    return (
      <LoadError
        error={failed}
        retry={() => {
          texts.reload();
          definitions.reload();
        }}
        action="instrument.read"
      />
    );
  if (!texts.data || !definitions.data) return <Loading />;

  const reload = () => {
    definitions.reload();
    texts.reload();
  };

  return (
    <>
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {t('checkups.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ maxWidth: 960 }}>
        {t('checkups.intro')}
      </Typography.Paragraph>
      <DefaultCheckupCard texts={texts.data} />
      <Flex justify="space-between" align="center" gap={16} style={{ marginBottom: 8 }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('checkups.ownTitle')}
        </Typography.Title>
        {manage ? (
          <Button type="primary" onClick={() => setDialog({ kind: 'create' })}>
            {t('checkups.create')}
          </Button>
        ) : null}
      </Flex>
      <Typography.Paragraph type="secondary">{t('checkups.ownIntro')}</Typography.Paragraph>
      {definitions.error ? (
        <Alert type="error" showIcon title={errorText(t, definitions.error)} style={{ marginBottom: 16 }} />
      ) : null}
      {definitions.data.length ? (
        <Row gutter={[16, 16]}>
          {definitions.data.map((d) => (
            <Col key={d.id} xs={24} xl={12}>
              <DefinitionCard
                definition={d}
                texts={texts.data ?? []}
                manage={manage}
                timeZone={session.tenant.timeZone}
                onEdit={() => setDialog({ kind: 'edit', definition: d })}
                onChanged={reload}
              />
            </Col>
          ))}
        </Row>
      ) : (
        <Empty description={t('checkups.empty')} />
      )}
      {dialog ? (
        <CheckupFormModal
          definition={dialog.kind === 'edit' ? dialog.definition : undefined}
          texts={texts.data}
          sizes={sizes.data ?? []}
          onClose={() => setDialog(null)}
          onSaved={() => {
            setDialog(null);
            reload();
          }}
        />
      ) : null}
    </>
  );
}
