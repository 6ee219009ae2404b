import { SendOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, List, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useCasesTranslation } from '../../i18n/cases-ns';
import type { CaseAppointment, CaseDetail, CaseReferral } from '../../lib/case-types';
import { formatDateTime } from '../../lib/format-time';
import { ReferModal } from './ReferModal';

export const referralColour: Record<CaseReferral['status'], string> = {
  sent: 'blue',
  acknowledged: 'green',
  declined: 'orange',
  withdrawn: 'default',
};

interface Props {
  c: CaseDetail;
  referrals: CaseReferral[];
  canRefer: boolean;
  hasMeasures: boolean;
  timeZone: string;
  onChanged: () => void;
}

/** Referrals to partner institutions: what was passed on, and how the institution answered. */
export function ReferralsCard({ c, referrals, canRefer, hasMeasures, timeZone, onChanged }: Props) {
  const { t } = useCasesTranslation();
  const [referring, setReferring] = useState(false);
  return (
    <Card
      size="small"
      title={t('referrals.title')}
      style={{ marginBottom: 16 }}
      extra={
        canRefer ? (
          <Button size="small" icon={<SendOutlined />} onClick={() => setReferring(true)}>
            {t('referrals.refer')}
          </Button>
        ) : null
      }
    >
      {referrals.length ? (
        <List
          size="small"
          dataSource={referrals}
          renderItem={(r) => (
            <List.Item data-testid="referral">
              <Flex vertical gap={2}>
                <Flex gap={6} align="center" wrap>
                  <Typography.Text strong>{r.institution.name}</Typography.Text>
                  <Tag color={referralColour[r.status]} style={{ marginInlineEnd: 0 }}>
                    {t(`referrals.statuses.${r.status}`)}
                  </Tag>
                </Flex>
                <Typography.Text type="secondary">
                  {t('referrals.sentLine', {
                    time: formatDateTime(r.sentAt, timeZone).slice(0, 16),
                    name: r.sentBy.name,
                  })}
                </Typography.Text>
                <Typography.Text type="secondary">
                  {t('referrals.itemsLine', {
                    items: r.items.map((i) => t(`referrals.items.${i}`)).join(t('notes.listSeparator')),
                  })}
                </Typography.Text>
                {r.acknowledgedAt ? (
                  <Typography.Text>
                    {t('referrals.answerLine', {
                      time: formatDateTime(r.acknowledgedAt, timeZone).slice(0, 16),
                      name: r.acknowledgedBy ?? '',
                    })}
                    {r.response ? (
                      <span style={{ display: 'block', whiteSpace: 'pre-wrap' }}>
                        {t('referrals.responseLine', { text: r.response })}
                      </span>
                    ) : null}
                  </Typography.Text>
                ) : null}
              </Flex>
            </List.Item>
          )}
        />
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('referrals.empty')} />
      )}
      {referring ? (
        <ReferModal
          c={c}
          hasMeasures={hasMeasures}
          onClose={() => setReferring(false)}
          onDone={() => {
            setReferring(false);
            onChanged();
          }}
        />
      ) : null}
    </Card>
  );
}

/** The case's appointments (its own booking and later ones of the same person), when and where. */
export function AppointmentsCard({
  appointments,
  timeZone,
}: {
  appointments: CaseAppointment[];
  timeZone: string;
}) {
  const { t } = useCasesTranslation();
  if (!appointments.length) return null;
  return (
    <Card size="small" title={t('appointments.title')} style={{ marginBottom: 16 }}>
      <List
        size="small"
        dataSource={appointments}
        renderItem={(a) => (
          <List.Item>
            <Flex gap={8} wrap align="center">
              <span className="console-mono">{formatDateTime(a.startsAt, timeZone).slice(0, 16)}</span>
              <Tag style={{ marginInlineEnd: 0 }}>
                {t(`appointments.statuses.${a.status}`, { defaultValue: a.status })}
              </Tag>
              <Typography.Text type="secondary">{a.servicePoint}</Typography.Text>
            </Flex>
          </List.Item>
        )}
      />
    </Card>
  );
}
