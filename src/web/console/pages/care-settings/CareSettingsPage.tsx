import { App, Button, Card, Checkbox, Col, Form, Input, InputNumber, Row, Typography } from 'antd';
import { useLayoutEffect, useState } from 'react';
import { normaliseMobile } from '../../../../core/booking/phone';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadError } from '../../components/LoadError';
import { spanOf } from '../../lib/alerts';
import { type CareSettings, loadCareSettings, saveCareSettings } from '../../lib/care-api';
import { careErrorText } from '../../lib/care-errors';
import { useLoad } from '../../lib/use-load';
import { useCareTranslation } from '../../live/texts';
import { useSpanText } from '../alerts/triage-parts';

interface Values {
  crisisAckMinutes: number;
  dutyPhoneAfterMinutes: number;
  highDueMinutes: number;
  normalDueMinutes: number;
  newDutyPhone?: string;
  removeDutyPhone?: boolean;
  dutyPhoneLabel?: string;
}

type MinuteField = 'crisisAckMinutes' | 'dutyPhoneAfterMinutes' | 'highDueMinutes' | 'normalDueMinutes';
const limits: Record<MinuteField, [number, number]> = {
  crisisAckMinutes: [1, 240],
  dutyPhoneAfterMinutes: [1, 240],
  highDueMinutes: [5, 10080],
  normalDueMinutes: [5, 20160],
};

/**
 * The federation's care settings: when an untaken request goes to the supervisors, when an untaken crisis then
 * goes to the duty phone by text message, and that phone (shown masked; typed anew to change it).
 */
export function CareSettingsPage() {
  const { t } = useCareTranslation();
  const { message } = App.useApp();
  const spanText = useSpanText();
  const [form] = Form.useForm<Values>();
  const loaded = useLoad(loadCareSettings, 'care-settings');
  const [saved, setSaved] = useState<CareSettings | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const current = saved ?? loaded.data;
  const removing = Form.useWatch('removeDutyPhone', form);

  // Before paint: the form turns editable in the same frame its values arrive, so nothing typed into it
  // the moment it is enabled can be wiped by a reset that lands a frame later.
  useLayoutEffect(() => {
    if (!current) return;
    form.setFieldsValue({
      crisisAckMinutes: current.crisisAckMinutes,
      dutyPhoneAfterMinutes: current.dutyPhoneAfterMinutes,
      highDueMinutes: current.highDueMinutes,
      normalDueMinutes: current.normalDueMinutes,
      dutyPhoneLabel: current.dutyPhoneLabel ?? '',
      newDutyPhone: '',
      removeDutyPhone: false,
    });
  }, [current, form]);

  const save = async (v: Values) => {
    setBusy(true);
    setError(null);
    try {
      const phone = v.newDutyPhone?.trim() ? normaliseMobile(v.newDutyPhone) : undefined;
      const next = await saveCareSettings({
        crisisAckMinutes: v.crisisAckMinutes,
        dutyPhoneAfterMinutes: v.dutyPhoneAfterMinutes,
        highDueMinutes: v.highDueMinutes,
        normalDueMinutes: v.normalDueMinutes,
        ...(v.removeDutyPhone ? { dutyPhone: null } : phone ? { dutyPhone: phone } : {}),
        dutyPhoneLabel: v.dutyPhoneLabel?.trim() ? v.dutyPhoneLabel.trim() : null,
      });
      setSaved(next);
      void message.success(t('settings.saved'));
    } catch (e) {
      setError(careErrorText(t, e));
    } finally {
      setBusy(false);
    }
  };

  if (loaded.error && !loaded.data)
    return <LoadError error={loaded.error} retry={loaded.reload} action="care.settings" />;

  const minutes = (name: MinuteField) => {
    const [min, max] = limits[name];
    return (
      <Form.Item noStyle shouldUpdate={(a, b) => a[name] !== b[name]}>
        {() => {
          const value = form.getFieldValue(name) as number | null;
          return (
            <Form.Item
              name={name}
              label={t(`settings.${name}`)}
              extra={
                value && value >= 60
                  ? t('settings.equals', { span: spanText(spanOf(value * 60_000)) })
                  : t(`settings.${name}Hint`)
              }
              rules={[
                { required: true, type: 'integer', min, max, message: t('settings.range', { min, max }) },
              ]}
            >
              <InputNumber
                min={min}
                max={max}
                precision={0}
                suffix={t('settings.minutes')}
                style={{ width: 200 }}
              />
            </Form.Item>
          );
        }}
      </Form.Item>
    );
  };

  return (
    <>
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {t('settings.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ maxWidth: 860 }}>
        {t('settings.intro')}
      </Typography.Paragraph>
      <Form<Values>
        form={form}
        layout="vertical"
        name="care-settings"
        onFinish={(v) => void save(v)}
        disabled={!current}
      >
        <ErrorAlert error={error} />
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={12}>
            <Card title={t('settings.escalationCard')} style={{ height: '100%' }}>
              {minutes('crisisAckMinutes')}
              {minutes('dutyPhoneAfterMinutes')}
            </Card>
          </Col>
          <Col xs={24} xl={12}>
            <Card title={t('settings.dueCard')} style={{ height: '100%' }}>
              {minutes('highDueMinutes')}
              {minutes('normalDueMinutes')}
            </Card>
          </Col>
          <Col xs={24}>
            <Card title={t('settings.phoneCard')}>
              <Typography.Paragraph type="secondary">{t('settings.phoneIntro')}</Typography.Paragraph>
              <Typography.Paragraph data-testid="duty-phone-current">
                {current?.dutyPhone ? (
                  <>
                    {t('settings.phoneNow')}
                    <Typography.Text strong className="console-mono">
                      {current.dutyPhone}
                    </Typography.Text>
                    {current.dutyPhoneLabel ? `（${current.dutyPhoneLabel}）` : null}
                  </>
                ) : (
                  <Typography.Text type="warning">{t('settings.phoneNone')}</Typography.Text>
                )}
              </Typography.Paragraph>
              <Row gutter={16}>
                <Col xs={24} md={10}>
                  <Form.Item
                    name="newDutyPhone"
                    label={current?.dutyPhone ? t('settings.phoneChange') : t('settings.phoneSet')}
                    extra={current?.dutyPhone ? t('settings.phoneKeep') : undefined}
                    rules={[
                      {
                        validator: (_, v: string | undefined) =>
                          !v?.trim() || normaliseMobile(v)
                            ? Promise.resolve()
                            : Promise.reject(new Error(t('careErrors.invalid_phone'))),
                      },
                    ]}
                  >
                    <Input inputMode="tel" autoComplete="off" maxLength={20} disabled={Boolean(removing)} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={10}>
                  <Form.Item
                    name="dutyPhoneLabel"
                    label={t('settings.phoneLabel')}
                    extra={t('settings.phoneLabelHint')}
                  >
                    <Input maxLength={60} />
                  </Form.Item>
                </Col>
              </Row>
              {current?.dutyPhone ? (
                <Form.Item name="removeDutyPhone" valuePropName="checked" style={{ marginBottom: 0 }}>
                  <Checkbox>{t('settings.phoneRemove')}</Checkbox>
                </Form.Item>
              ) : null}
            </Card>
          </Col>
        </Row>
        <Button type="primary" htmlType="submit" loading={busy} style={{ marginTop: 16 }}>
          {t('common.save')}
        </Button>
      </Form>
    </>
  );
}
