import { Alert, App, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useEventsTranslation } from '../../i18n/events-ns';
import { registerMembers } from '../../lib/event-api';
import { parseMemberList } from '../../lib/event-checkin';
import type { ManagedEvent, MemberResult } from '../../lib/event-types';
import { useSubmit } from '../../lib/use-submit';

/**
 * 登记职工: an enterprise officer registers their members, one a line (a name and a mobile number, pasted
 * from a spreadsheet too). Lines that cannot be read are listed before anything is sent.
 */
export function MembersCard({ event, onChanged }: { event: ManagedEvent; onChanged: () => void }) {
  const { t } = useEventsTranslation();
  const { message } = App.useApp();
  const [text, setText] = useState('');
  const parsed = parseMemberList(text);
  const [results, setResults] = useState<MemberResult[] | null>(null);
  const send = useSubmit(() => registerMembers(event.id, parsed.members), {
    onDone: (answer) => {
      const placed = answer.filter((r) => r.status === 'registered' || r.status === 'waitlisted').length;
      void message.success(t('members.sent', { count: placed }));
      setResults(answer);
      setText('');
      onChanged();
    },
  });
  const count = (status: MemberResult['status']) => (results ?? []).filter((r) => r.status === status).length;
  const refused = (results ?? []).filter(
    (r) => r.status === 'already_registered' || r.status === 'invalid_phone',
  );
  const closed = event.status !== 'published';
  return (
    <Card
      size="small"
      title={t('members.title')}
      style={{ marginBottom: 16, maxWidth: 820 }}
      data-testid="members-card"
    >
      <Typography.Paragraph type="secondary">{t('members.intro')}</Typography.Paragraph>
      <ErrorAlert error={send.error} />
      <Form layout="vertical" onFinish={() => void send.submit()}>
        <Form.Item label={t('members.list')} extra={t('members.listHint')}>
          <Input.TextArea
            value={text}
            onChange={(e) => setText(e.target.value)}
            autoSize={{ minRows: 5, maxRows: 16 }}
            placeholder={t('members.placeholder')}
            aria-label={t('members.list')}
            disabled={closed}
          />
        </Form.Item>
        {results ? (
          <Alert
            type={refused.length ? 'warning' : 'success'}
            showIcon
            style={{ marginBottom: 12 }}
            data-testid="member-results"
            title={t('members.results', { registered: count('registered'), waitlisted: count('waitlisted') })}
            description={
              refused.length ? (
                <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                  {refused.map((r) => (
                    <li key={`${r.name}-${r.phone}`}>
                      {t(`members.result.${r.status}`, { name: r.name, phone: r.phone })}
                    </li>
                  ))}
                </ul>
              ) : undefined
            }
          />
        ) : null}
        {parsed.problems.length ? (
          <ul className="events-member-problems" data-testid="member-problems" style={{ color: '#a8071a' }}>
            {parsed.problems.map((p) => (
              <li key={p.line}>{t(`members.problems.${p.reason}`, { line: p.line, text: p.text })}</li>
            ))}
          </ul>
        ) : null}
        <Button
          type="primary"
          htmlType="submit"
          loading={send.busy}
          disabled={closed || !parsed.members.length || parsed.problems.length > 0}
        >
          {t('members.submit', { count: parsed.members.length })}
        </Button>
        {closed ? (
          <Typography.Text type="secondary" style={{ marginLeft: 12 }}>
            {t('members.closed')}
          </Typography.Text>
        ) : null}
      </Form>
    </Card>
  );
}
