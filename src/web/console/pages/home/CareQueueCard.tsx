import { FolderOpenOutlined } from '@ant-design/icons';
import { Card, Flex, List, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { useCasesTranslation } from '../../i18n/cases-ns';
import { loadQueue } from '../../lib/cases-api';
import { useLoad } from '../../lib/use-load';
import { useCurrentSession } from '../../session/context';
import { DueTag } from '../cases/case-tags';

/**
 * For a counsellor: follow-ups overdue and due today, open cases, cases escalated to me. The queue carries
 * counts and due times only (no task titles), so the home page reads and records nothing confidential.
 */
export function CareQueueCard() {
  const { t } = useCasesTranslation();
  const zone = useCurrentSession().tenant.timeZone;
  const queue = useLoad(loadQueue, 'care-queue');
  if (!queue.data) return null;
  const { tasks, cases } = queue.data;
  const now = new Date();
  const overdue = tasks.filter((x) => x.state === 'overdue');
  const today = tasks.filter((x) => x.state === 'due_today');
  const shown = [...overdue, ...today].slice(0, 8);
  return (
    <Card
      size="small"
      data-testid="care-queue"
      title={
        <span>
          <FolderOpenOutlined /> {t('queue.title')}
        </span>
      }
      extra={<Link to="/cases">{t('queue.open')}</Link>}
      style={{ marginBottom: 16 }}
    >
      <Flex gap={8} wrap style={{ marginBottom: shown.length ? 8 : 0 }} data-testid="queue-counts">
        <Tag color={overdue.length ? 'red' : 'default'} variant={overdue.length ? 'solid' : undefined}>
          {t('queue.overdue', { count: overdue.length })}
        </Tag>
        <Tag color={today.length ? 'orange' : 'default'}>{t('queue.dueToday', { count: today.length })}</Tag>
        <Link to="/cases">
          <Tag color="blue">{t('queue.openCases', { count: cases.open })}</Tag>
        </Link>
        {cases.escalatedToMe ? (
          <Link to="/cases">
            <Tag color="orange">{t('queue.escalatedToMe', { count: cases.escalatedToMe })}</Tag>
          </Link>
        ) : null}
      </Flex>
      {shown.length ? (
        <List
          size="small"
          dataSource={shown}
          renderItem={(task) => (
            <List.Item>
              <Flex gap={8} align="center" wrap>
                <DueTag dueAt={task.dueAt} timeZone={zone} now={now} />
                <Typography.Text>{t(`taskKinds.${task.kind}`)}</Typography.Text>
                <Link to={`/cases/${task.caseId}`} className="console-mono">
                  {t('queue.caseLink', { number: task.caseNumber })}
                </Link>
              </Flex>
            </List.Item>
          )}
        />
      ) : (
        <Typography.Text type="secondary">{t('queue.nothingDue')}</Typography.Text>
      )}
    </Card>
  );
}
