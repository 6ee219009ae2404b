import { EditOutlined, LinkOutlined, QrcodeOutlined, SendOutlined, StopOutlined } from '@ant-design/icons';
import { Alert, App, Button, Flex, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { CopyButton } from '../../components/CopyButton';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useEventsTranslation } from '../../i18n/events-ns';
import { cancelEvent, newDoorCode, newInviteLink, publishEvent } from '../../lib/event-api';
import type { DoorPoster, ManagedEvent } from '../../lib/event-types';
import { useSubmit } from '../../lib/use-submit';
import { DoorPosterModal } from './DoorPosterModal';
import { useEventPowers } from './event-parts';

/** The event's buttons: edit, publish, cancel with a reason, a new door poster, the invitation link. */
export function EventActions({ event, onChanged }: { event: ManagedEvent; onChanged: () => void }) {
  const { t } = useEventsTranslation();
  const { message, modal } = App.useApp();
  const powers = useEventPowers();
  const [cancelling, setCancelling] = useState(false);
  const [poster, setPoster] = useState<DoorPoster | null>(null);
  const publish = useSubmit(() => publishEvent(event.id), {
    onDone: () => {
      void message.success(t('event.published'));
      onChanged();
    },
  });
  const door = useSubmit(() => newDoorCode(event.id), { onDone: setPoster });
  const [link, setLink] = useState<string | null>(null);
  const invite = useSubmit(() => newInviteLink(event.id), { onDone: setLink });
  const askInvite = () =>
    modal.confirm({
      title: t('invite.confirmTitle'),
      content: t('invite.confirmText'),
      okText: t('invite.confirmOk'),
      cancelText: t('common.cancel'),
      onOk: () => invite.submit(),
    });
  const live = event.status !== 'cancelled';

  const askPoster = () =>
    modal.confirm({
      title: t('door.confirmTitle'),
      content: t('door.confirmText'),
      okText: t('door.confirmOk'),
      cancelText: t('common.cancel'),
      onOk: () => door.submit(),
    });

  return (
    <>
      <Flex gap={8} wrap>
        {powers.manage && live ? (
          <Link to={`/events/${event.id}/edit`}>
            <Button icon={<EditOutlined />}>{t('event.edit')}</Button>
          </Link>
        ) : null}
        {powers.manage && event.status === 'draft' ? (
          <Button
            type="primary"
            icon={<SendOutlined />}
            loading={publish.busy}
            onClick={() => void publish.submit()}
          >
            {t('event.publish')}
          </Button>
        ) : null}
        {(powers.manage || powers.checkin) && event.status === 'published' ? (
          <Button icon={<QrcodeOutlined />} loading={door.busy} onClick={askPoster}>
            {t('door.button')}
          </Button>
        ) : null}
        {event.visibility === 'invitation' && event.inviteLink ? (
          <CopyButton text={event.inviteLink} label={t('event.copyInvite')} />
        ) : null}
        {powers.manage && live && event.visibility === 'invitation' && !event.inviteLink ? (
          <Button icon={<LinkOutlined />} loading={invite.busy} onClick={askInvite}>
            {t('invite.button')}
          </Button>
        ) : null}
        {powers.manage && live ? (
          <Button danger icon={<StopOutlined />} onClick={() => setCancelling(true)}>
            {t('event.cancel')}
          </Button>
        ) : null}
      </Flex>
      <ErrorAlert error={publish.error ?? door.error ?? invite.error} />
      {link ? (
        <Modal
          open
          title={t('invite.title')}
          onCancel={() => setLink(null)}
          footer={[
            <Button key="close" onClick={() => setLink(null)}>
              {t('common.close')}
            </Button>,
            <CopyButton key="copy" type="primary" text={link} label={t('event.copyInvite')} />,
          ]}
        >
          <Typography.Paragraph>
            {t('invite.text', { name: event.invitedOrganisationName ?? '' })}
          </Typography.Paragraph>
          <Typography.Paragraph className="console-mono" copyable data-testid="invite-link">
            {link}
          </Typography.Paragraph>
        </Modal>
      ) : null}
      {cancelling ? (
        <CancelModal
          event={event}
          onClose={() => setCancelling(false)}
          onDone={() => {
            setCancelling(false);
            void message.success(t('event.cancelled'));
            onChanged();
          }}
        />
      ) : null}
      {poster ? <DoorPosterModal event={event} poster={poster} onClose={() => setPoster(null)} /> : null}
    </>
  );
}

function CancelModal({
  event,
  onClose,
  onDone,
}: {
  event: ManagedEvent;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useEventsTranslation();
  const [reason, setReason] = useState('');
  const send = useSubmit(() => cancelEvent(event.id, reason.trim()), { onDone });
  const people = event.registered + event.waitlisted;
  return (
    <Modal
      open
      title={t('event.cancelTitle')}
      onCancel={onClose}
      okText={t('event.cancelOk')}
      okButtonProps={{ danger: true, disabled: reason.trim().length < 2, loading: send.busy }}
      cancelText={t('event.keep')}
      onOk={() => void send.submit()}
    >
      <Alert
        type="warning"
        showIcon
        style={{ marginBottom: 12 }}
        title={people ? t('event.cancelTexted', { count: people }) : t('event.cancelNobody')}
      />
      <ErrorAlert error={send.error} />
      <Typography.Paragraph>{t('event.cancelReasonHint')}</Typography.Paragraph>
      <Input.TextArea
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        maxLength={200}
        showCount
        autoSize={{ minRows: 2, maxRows: 5 }}
        style={{ marginBottom: 20 }}
        aria-label={t('event.cancelReason')}
        placeholder={t('event.cancelReason')}
      />
    </Modal>
  );
}
