import { DisconnectOutlined } from '@ant-design/icons';
import { Tag, Tooltip } from 'antd';
import { useLiveCare } from './context';
import { useCareTranslation } from './texts';

/** While the event stream is down, crisis requests cannot ring here: the header says so until it is back. */
export function LiveStatusTag() {
  const { t } = useCareTranslation();
  const { status } = useLiveCare();
  if (status !== 'retrying') return null;
  return (
    <Tooltip title={t('live.retryingHint')}>
      <Tag color="warning" icon={<DisconnectOutlined />} role="status" data-testid="live-retrying">
        {t('live.retrying')}
      </Tag>
    </Tooltip>
  );
}
