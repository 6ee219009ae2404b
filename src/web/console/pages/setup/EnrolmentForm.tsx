import { Button, Flex, Form, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { TotpCodeField } from '../../components/TotpCodeField';
import { call } from '../../lib/call';
import type { Session } from '../../lib/types';
import { useSubmit } from '../../lib/use-submit';

export interface Enrolment {
  secret: string;
  otpauthUri: string;
  qrSvg: string;
}

/** The QR code as an image: an SVG in an <img> cannot run scripts, whatever it contains. */
const qrSource = (svg: string) => `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;

/** Groups of four are easier to type into a phone by hand. */
const grouped = (secret: string) => secret.match(/.{1,4}/g)?.join(' ') ?? secret;

interface Props {
  enrolment: Enrolment;
  onConfirmed: (done: Session & { recoveryCodes: string[] }) => void;
}

export function EnrolmentForm({ enrolment, onConfirmed }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ totp: string }>();
  const { busy, error, submit } = useSubmit(async ({ totp }: { totp: string }) => {
    try {
      onConfirmed(await call('POST', '/api/v1/auth/totp/enrolment/confirm', { totp: totp.trim() }));
    } catch (e) {
      // Whatever went wrong, the next try needs a fresh code from the app.
      form.resetFields();
      throw e;
    }
  });

  return (
    <>
      <ol style={{ paddingInlineStart: 20, lineHeight: 1.8 }}>
        <li>{t('totp.step1')}</li>
        <li>{t('totp.step2')}</li>
      </ol>
      <Flex gap={24} align="center" wrap style={{ margin: '8px 0 16px 20px' }}>
        <img
          src={qrSource(enrolment.qrSvg)}
          alt={t('totp.qrAlt')}
          width={180}
          height={180}
          style={{ border: '1px solid #eee', borderRadius: 8, background: '#fff', padding: 6 }}
        />
        <div>
          <Typography.Text type="secondary">{t('totp.secret')}</Typography.Text>
          <Typography.Paragraph
            data-testid="totp-secret"
            className="console-mono"
            copyable={{ text: enrolment.secret }}
            style={{ fontSize: 16, marginTop: 4, maxWidth: 260 }}
          >
            {grouped(enrolment.secret)}
          </Typography.Paragraph>
        </div>
      </Flex>
      <ol start={3} style={{ paddingInlineStart: 20 }}>
        <li>{t('totp.step3')}</li>
      </ol>
      <ErrorAlert error={error} />
      <Form form={form} layout="vertical" name="totp-enrolment" requiredMark={false} onFinish={submit}>
        <TotpCodeField name="totp" label={t('totp.code')} large maxWidth={220} />
        <Button type="primary" htmlType="submit" size="large" loading={busy}>
          {t('totp.confirm')}
        </Button>
      </Form>
    </>
  );
}
