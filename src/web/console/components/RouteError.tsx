import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, useRouteError } from 'react-router';
import { NotFound } from './NotFound';

/** Anything that escapes a page (a failed chunk load after a deploy, a render error) ends here, never blank. */
export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFound />;
  return (
    <div className="console-centre">
      <Result
        status="error"
        title={t('errorPage.title')}
        subTitle={t('errorPage.subtitle')}
        extra={
          <Button type="primary" onClick={() => window.location.reload()}>
            {t('errorPage.reload')}
          </Button>
        }
      />
    </div>
  );
}
