import { CameraOutlined, CheckCircleFilled, CompressOutlined, ExpandOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Input, List, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useEventsTranslation } from '../../i18n/events-ns';
import { errorText, hasCode } from '../../lib/errors';
import { checkIn } from '../../lib/event-api';
import { checkInCounts, registrantLabel, tickable, ticketFromScan } from '../../lib/event-checkin';
import type { ManagedEvent, StaffRegistration } from '../../lib/event-types';
import { localTimeOf } from '../../lib/zoned-calendar';
import { canScan, useScanner } from './use-scanner';

type Result = { ok: boolean; text: string } | null;

/**
 * Check-in at the door: the worker's QR read by the camera (where the browser can), a code typed or pasted,
 * or a name ticked in the list; 已签到 x / y at the top. "门口模式" fills the screen with large type for a
 * phone or tablet held at the door.
 */
export function CheckInPanel({
  event,
  registrations,
  onChanged,
}: {
  event: ManagedEvent;
  registrations: readonly StaffRegistration[];
  onChanged: () => void;
}) {
  const { t } = useEventsTranslation();
  const [big, setBig] = useState(false);
  const [typed, setTyped] = useState('');
  const [words, setWords] = useState('');
  const [result, setResult] = useState<Result>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const counts = checkInCounts(registrations);

  const explain = (e: unknown) => {
    if (hasCode(e, 'invalid_checkin_code') || hasCode(e, 'registration_not_found'))
      return t('checkin.badTicket');
    if (hasCode(e, 'checkin_closed')) return t('checkin.closed');
    return errorText(t, e);
  };

  const send = async (by: { code: string } | { registrationId: string }, key: string) => {
    setBusy(key);
    try {
      const answer = await checkIn(event.id, by);
      const who = registrantLabel(answer.registration);
      setResult({
        ok: true,
        text: t(answer.alreadyCheckedIn ? 'checkin.already' : 'checkin.doneWho', { who }),
      });
      onChanged();
    } catch (e) {
      setResult({ ok: false, text: explain(e) });
    } finally {
      setBusy(null);
    }
  };

  const submitCode = (text: string) => {
    const ticket = ticketFromScan(text);
    if (!ticket) {
      setResult({ ok: false, text: t('checkin.notTicket') });
      return;
    }
    setTyped('');
    void send({ code: ticket }, 'code');
  };

  const scanner = useScanner(submitCode);
  const rows = tickable(registrations, words);
  const size = big ? 'large' : 'middle';

  const body = (
    <div data-testid="checkin-panel">
      <Flex align="center" gap={16} wrap style={{ marginBottom: 12 }}>
        <div>
          <div className={big ? 'events-door-count' : undefined} data-testid="checkin-count">
            <Typography.Text
              strong
              style={big ? { fontSize: 'inherit', color: 'inherit' } : { fontSize: 20 }}
            >
              {t('checkin.count', counts)}
            </Typography.Text>
          </div>
          {big ? <Typography.Text type="secondary">{event.title}</Typography.Text> : null}
        </div>
        <span style={{ flex: 1 }} />
        <Button
          size={size}
          icon={big ? <CompressOutlined /> : <ExpandOutlined />}
          onClick={() => {
            if (big) scanner.stop();
            setBig(!big);
          }}
        >
          {big ? t('checkin.leaveDoor') : t('checkin.doorMode')}
        </Button>
      </Flex>
      {result ? (
        <div
          role="status"
          className={big ? `events-door-result ${result.ok ? 'is-ok' : 'is-bad'}` : undefined}
          data-testid="checkin-result"
        >
          {big ? (
            result.text
          ) : (
            <Alert
              type={result.ok ? 'success' : 'error'}
              showIcon
              title={result.text}
              style={{ marginBottom: 12 }}
            />
          )}
        </div>
      ) : null}
      <Space direction="vertical" style={{ width: '100%', marginBottom: 16 }} size={12}>
        {canScan() ? (
          <>
            {scanner.scanning ? (
              <Flex vertical gap={8} align="start">
                <video ref={scanner.videoRef} muted playsInline aria-label={t('checkin.camera')} />
                <Button size={size} onClick={scanner.stop}>
                  {t('checkin.stopCamera')}
                </Button>
              </Flex>
            ) : (
              <Button
                size={size}
                type="primary"
                icon={<CameraOutlined />}
                onClick={() => void scanner.start()}
              >
                {t('checkin.startCamera')}
              </Button>
            )}
            {scanner.failed ? <Alert type="warning" showIcon title={t('checkin.cameraFailed')} /> : null}
          </>
        ) : (
          <Typography.Text type="secondary">{t('checkin.noCamera')}</Typography.Text>
        )}
        <Space.Compact style={{ width: '100%', maxWidth: 640 }}>
          <Input
            size={size}
            value={typed}
            onChange={(e) => setTyped(e.target.value)}
            onPressEnter={() => typed.trim() && submitCode(typed)}
            placeholder={t('checkin.typeHint')}
            aria-label={t('checkin.type')}
            autoComplete="off"
          />
          <Button
            size={size}
            type={canScan() ? 'default' : 'primary'}
            loading={busy === 'code'}
            disabled={!typed.trim()}
            onClick={() => submitCode(typed)}
          >
            {t('checkin.submit')}
          </Button>
        </Space.Compact>
      </Space>
      <Input.Search
        size={size}
        allowClear
        value={words}
        onChange={(e) => setWords(e.target.value)}
        placeholder={t('checkin.find')}
        aria-label={t('checkin.find')}
        style={{ maxWidth: 360, marginBottom: 8 }}
      />
      <List
        dataSource={rows}
        locale={{ emptyText: t('checkin.empty') }}
        renderItem={(r) => (
          <List.Item
            data-testid="checkin-row"
            actions={[
              r.checkedInAt ? (
                <Tag
                  key="done"
                  color="green"
                  icon={<CheckCircleFilled />}
                  style={big ? { fontSize: 16, padding: '4px 8px' } : undefined}
                >
                  {t('checkin.checkedAt', { time: localTimeOf(r.checkedInAt, event.timeZone) })}
                </Tag>
              ) : (
                <Button
                  key="tick"
                  size={size}
                  type="primary"
                  ghost
                  loading={busy === r.id}
                  onClick={() => void send({ registrationId: r.id }, r.id)}
                >
                  {t('checkin.tick')}
                </Button>
              ),
            ]}
          >
            <span className="console-mono">{registrantLabel(r)}</span>
          </List.Item>
        )}
      />
    </div>
  );

  return big ? (
    <div className="events-door" role="dialog" aria-modal="true" aria-label={t('checkin.doorMode')}>
      {body}
    </div>
  ) : (
    body
  );
}
