import { App, Button, Card, Descriptions, Popconfirm, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { audienceName } from '../../components/AudienceSelect';
import { call } from '../../lib/call';
import { errorText } from '../../lib/errors';
import { formatDateTime } from '../../lib/format-time';
import type { CheckupDefinitionView, InstrumentText } from '../../lib/types';
import { InstrumentTags, Offered, StepUps, shortNames } from './CheckupParts';

interface Props {
  definition: CheckupDefinitionView;
  texts: readonly InstrumentText[];
  manage: boolean;
  timeZone: string;
  onEdit: () => void;
  onChanged: () => void;
}

/** One of the federation's own check-ups, with what it holds, where it leads and whether workers can take it. */
export function DefinitionCard({ definition: d, texts, manage, timeZone, onEdit, onChanged }: Props) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const ui = i18n.language === 'en' ? 'en' : 'zh-CN';
  const other = ui === 'en' ? 'zh-CN' : 'en';
  const short = shortNames(texts);

  const setActive = async (active: boolean) => {
    setBusy(true);
    try {
      await call('PATCH', `/api/v1/checkup-definitions/${d.id}`, { active });
      void message.success(t(active ? 'checkups.reactivated' : 'checkups.deactivated'));
      onChanged();
    } catch (e) {
      void message.error(errorText(t, e));
    } finally {
      setBusy(false);
    }
  };

  const actions = manage
    ? [
        <Button key="edit" type="link" size="small" onClick={onEdit}>
          {t('checkups.edit')}
        </Button>,
        d.active ? (
          <Popconfirm
            key="active"
            title={t('checkups.deactivateConfirm', { name: d.name[ui] })}
            okText={t('checkups.deactivate')}
            okButtonProps={{ danger: true }}
            cancelText={t('common.cancel')}
            onConfirm={() => setActive(false)}
          >
            <Button type="link" size="small" danger loading={busy}>
              {t('checkups.deactivate')}
            </Button>
          </Popconfirm>
        ) : (
          <Button key="active" type="link" size="small" loading={busy} onClick={() => setActive(true)}>
            {t('checkups.reactivate')}
          </Button>
        ),
      ]
    : undefined;

  return (
    <Card
      size="small"
      title={d.name[ui]}
      extra={d.active ? <Tag color="green">{t('checkups.active')}</Tag> : <Tag>{t('checkups.inactive')}</Tag>}
      actions={actions}
      style={{ height: '100%', opacity: d.active ? 1 : 0.75 }}
    >
      <Typography.Paragraph style={{ marginBottom: 4 }}>{d.description[ui]}</Typography.Paragraph>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        {d.name[other]} · {d.description[other]}
      </Typography.Paragraph>
      <Descriptions
        size="small"
        column={1}
        styles={{ label: { width: 150 } }}
        items={[
          {
            key: 'instruments',
            label: t('checkups.instruments'),
            children: <InstrumentTags ids={d.instruments} texts={texts} />,
          },
          {
            key: 'audiences',
            label: t('checkups.audiences'),
            children: d.audiences.length
              ? d.audiences.map((a) => <Tag key={a}>{audienceName(a, ui)}</Tag>)
              : t('checkups.forEveryone'),
          },
          {
            key: 'stepUps',
            label: t('checkups.stepUps'),
            children: <StepUps instruments={d.instruments} targets={d.stepUps} short={short} />,
          },
          ...(d.active
            ? [
                {
                  key: 'offered',
                  label: t('checkups.state'),
                  children: <Offered instruments={d.instruments} texts={texts} />,
                },
              ]
            : []),
          { key: 'created', label: t('checkups.createdAt'), children: formatDateTime(d.createdAt, timeZone) },
        ]}
      />
    </Card>
  );
}
