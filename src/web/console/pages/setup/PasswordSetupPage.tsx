import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { AuthFrame } from '../../components/AuthFrame';
import { PasswordChangeForm } from '../../components/PasswordChangeForm';
import { useCurrentSession, useSession } from '../../session/context';

/** First sign-in with a temporary password: a new password before anything else. */
export function PasswordSetupPage() {
  const { t } = useTranslation();
  const session = useCurrentSession();
  const { setSession } = useSession();
  return (
    <AuthFrame title={t('password.forcedTitle')} width={460}>
      <Typography.Paragraph>{t('password.forcedIntro')}</Typography.Paragraph>
      <PasswordChangeForm login={session.user.login} temporary onChanged={setSession} />
    </AuthFrame>
  );
}
