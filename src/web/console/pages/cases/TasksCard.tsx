import { CheckOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Empty, Flex, List, Popconfirm, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useCasesTranslation } from '../../i18n/cases-ns';
import { caseErrorText } from '../../lib/case-errors';
import type { CaseDetail, FollowUpTask } from '../../lib/case-types';
import { changeTask } from '../../lib/cases-api';
import { formatDateTime } from '../../lib/format-time';
import { DueTag } from './case-tags';
import { AddTaskModal, CompleteTaskModal } from './task-modals';

interface Props {
  c: CaseDetail;
  tasks: FollowUpTask[];
  canAdd: boolean;
  timeZone: string;
  onChanged: () => void;
}

const order = { overdue: 0, due_today: 1, upcoming: 2, done: 3, cancelled: 4 } as const;

/** The follow-up plan: open steps by due time (overdue first), then what was done or dropped. */
export function TasksCard({ c, tasks, canAdd, timeZone, onChanged }: Props) {
  const { t } = useCasesTranslation();
  const { message } = App.useApp();
  const [adding, setAdding] = useState(false);
  const [completing, setCompleting] = useState<FollowUpTask | null>(null);
  const now = new Date();
  const sorted = [...tasks].sort(
    (a, b) => order[a.state] - order[b.state] || Date.parse(a.dueAt) - Date.parse(b.dueAt),
  );
  const cancel = async (task: FollowUpTask) => {
    try {
      await changeTask(task.id, { status: 'cancelled' });
      void message.success(t('tasks.cancelled'));
      onChanged();
    } catch (e) {
      void message.error(caseErrorText(t, e));
    }
  };
  return (
    <Card
      size="small"
      title={t('tasks.title')}
      style={{ marginBottom: 16 }}
      extra={
        canAdd ? (
          <Button size="small" type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
            {t('tasks.add')}
          </Button>
        ) : null
      }
    >
      {sorted.length ? (
        <List
          size="small"
          dataSource={sorted}
          renderItem={(task) => {
            const open = task.status === 'open';
            return (
              <List.Item data-testid="task" style={{ alignItems: 'flex-start', opacity: open ? 1 : 0.7 }}>
                <Flex vertical gap={2} style={{ minWidth: 0 }}>
                  <Flex gap={6} align="center" wrap>
                    <Tag style={{ marginInlineEnd: 0 }}>{t(`taskKinds.${task.kind}`)}</Tag>
                    {open ? (
                      <DueTag dueAt={task.dueAt} timeZone={timeZone} now={now} />
                    ) : (
                      <Tag
                        color={task.status === 'done' ? 'green' : 'default'}
                        style={{ marginInlineEnd: 0 }}
                      >
                        {t(`tasks.statuses.${task.status}`)}
                      </Tag>
                    )}
                    <Typography.Text strong={open} delete={task.status === 'cancelled'}>
                      {task.title}
                    </Typography.Text>
                  </Flex>
                  {task.detail ? (
                    <Typography.Text type="secondary" style={{ whiteSpace: 'pre-wrap' }}>
                      {task.detail}
                    </Typography.Text>
                  ) : null}
                  {task.instrumentId ? (
                    <Typography.Text type="secondary">
                      {t('tasks.instrument', { id: task.instrumentId.toUpperCase() })}
                    </Typography.Text>
                  ) : null}
                  {task.status === 'done' ? (
                    <Typography.Text type="secondary">
                      {t('tasks.doneAt', { time: formatDateTime(task.completedAt, timeZone).slice(0, 16) })}
                      {task.followed === true
                        ? ` · ${t('tasks.followedYes')}`
                        : task.followed === false
                          ? ` · ${t('tasks.followedNo')}`
                          : ''}
                      {task.outcome ? ` · ${task.outcome}` : ''}
                    </Typography.Text>
                  ) : null}
                  {open && canAdd ? (
                    <Flex gap={4}>
                      <Button size="small" icon={<CheckOutlined />} onClick={() => setCompleting(task)}>
                        {t('tasks.complete')}
                      </Button>
                      <Popconfirm
                        title={t('tasks.cancelConfirm')}
                        okText={t('tasks.cancel')}
                        cancelText={t('common.cancel')}
                        onConfirm={() => void cancel(task)}
                      >
                        <Button size="small" type="text" danger>
                          {t('tasks.cancel')}
                        </Button>
                      </Popconfirm>
                    </Flex>
                  ) : null}
                </Flex>
              </List.Item>
            );
          }}
        />
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('tasks.empty')} />
      )}
      {adding ? (
        <AddTaskModal
          c={c}
          onClose={() => setAdding(false)}
          onDone={() => {
            setAdding(false);
            onChanged();
          }}
        />
      ) : null}
      {completing ? (
        <CompleteTaskModal
          task={completing}
          onClose={() => setCompleting(null)}
          onDone={() => {
            setCompleting(null);
            onChanged();
          }}
        />
      ) : null}
    </Card>
  );
}
