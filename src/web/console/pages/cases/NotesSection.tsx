import { EditOutlined, PlusOutlined, WarningFilled } from '@ant-design/icons';
import { Alert, Button, Card, Empty, Flex, Tag, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { useCasesTranslation } from '../../i18n/cases-ns';
import { noteThreads, riskColour } from '../../lib/case-notes';
import type { CareStaff, CaseDetail, CaseNote, CaseRecords } from '../../lib/case-types';
import type { WrittenNote } from '../../lib/cases-api';
import { formatDateTime } from '../../lib/format-time';
import { useCurrentSession } from '../../session/context';
import { EscalateModal } from './case-action-modals';
import { NoteFormModal } from './NoteFormModal';

const addendumStyle = {
  margin: '8px 0 4px',
  padding: '8px 12px',
  borderInlineStart: '3px solid #d9a3b3',
  background: '#fbf5f7',
  borderRadius: 4,
} as const;
// Label and words on one line, so a note reads like a form filled in, not a stack of headings.
const blockStyle = { marginBottom: 4, lineHeight: 1.7 } as const;

interface Props {
  c: CaseDetail;
  records: CaseRecords;
  canWrite: boolean;
  /** The viewer may escalate (the case's counsellor): a risky note then asks them to. */
  escalate: boolean;
  staff: CareStaff[];
  onChanged: () => void;
}

/** Session notes as a readable timeline, newest contact first, corrections beneath what they correct. */
export function NotesSection({ c, records, canWrite, escalate, staff, onChanged }: Props) {
  const { t } = useCasesTranslation();
  const [writing, setWriting] = useState<{ amends: CaseNote | null } | null>(null);
  const [suggest, setSuggest] = useState(false);
  const [escalating, setEscalating] = useState(false);
  const threads = noteThreads(records.notes);
  const written = (note: WrittenNote) => {
    setWriting(null);
    setSuggest(note.suggestEscalation);
    onChanged();
  };
  return (
    <Card
      size="small"
      title={t('notes.title', { count: records.notes.length })}
      style={{ marginBottom: 16 }}
      extra={
        canWrite ? (
          <Button
            type="primary"
            size="small"
            icon={<PlusOutlined />}
            onClick={() => setWriting({ amends: null })}
          >
            {t('notes.write')}
          </Button>
        ) : null
      }
    >
      {suggest && !c.escalatedTo ? (
        <Alert
          type="error"
          showIcon
          icon={<WarningFilled />}
          role="alert"
          data-testid="suggest-escalation"
          style={{ marginBottom: 16 }}
          title={t('notes.suggestTitle')}
          description={t('notes.suggest')}
          action={
            <Flex vertical gap={6}>
              {escalate ? (
                <Button danger type="primary" onClick={() => setEscalating(true)}>
                  {t('actions.escalate')}
                </Button>
              ) : null}
              <Button size="small" type="text" onClick={() => setSuggest(false)}>
                {t('notes.later')}
              </Button>
            </Flex>
          }
        />
      ) : null}
      {threads.length ? (
        <Timeline
          style={{ marginTop: 8 }}
          items={threads.map(({ note, addenda }) => ({
            key: note.id,
            color: note.riskLevel === 'high' || note.riskLevel === 'imminent' ? 'red' : 'gray',
            content: (
              <div>
                <NoteView note={note} />
                {addenda.map((a) => (
                  <div key={a.id} data-testid="addendum" style={addendumStyle}>
                    <NoteView note={a} amendsAt={note.happenedAt} />
                  </div>
                ))}
                {canWrite ? (
                  <Button
                    size="small"
                    type="link"
                    icon={<EditOutlined />}
                    style={{ paddingInline: 0 }}
                    onClick={() => setWriting({ amends: note })}
                  >
                    {t('notes.addendum')}
                  </Button>
                ) : null}
              </div>
            ),
          }))}
        />
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('notes.empty')} />
      )}
      {writing ? (
        <NoteFormModal
          caseId={c.id}
          amends={writing.amends}
          onClose={() => setWriting(null)}
          onDone={written}
        />
      ) : null}
      {escalating ? (
        <EscalateModal
          c={c}
          staff={staff}
          onClose={() => setEscalating(false)}
          onDone={() => {
            setEscalating(false);
            setSuggest(false);
            onChanged();
          }}
        />
      ) : null}
    </Card>
  );
}

function NoteView({ note, amendsAt }: { note: CaseNote; amendsAt?: string }) {
  const { t } = useCasesTranslation();
  const zone = useCurrentSession().tenant.timeZone;
  const b = note.body;
  const yes = (v: boolean) =>
    v ? (
      <Typography.Text strong type="danger">
        {t('notes.yes')}
      </Typography.Text>
    ) : (
      t('notes.no')
    );
  const block = (label: string, text: string) =>
    text ? (
      <div style={blockStyle}>
        <Typography.Text type="secondary">{label}</Typography.Text>
        <span style={{ whiteSpace: 'pre-wrap' }}>{text}</span>
      </div>
    ) : null;
  return (
    <article
      data-testid="note"
      aria-label={`${t(`noteKinds.${note.kind}`)} ${formatDateTime(note.happenedAt, zone).slice(0, 16)}`}
    >
      <Flex gap={8} align="center" wrap style={{ marginBottom: 6 }}>
        <Typography.Text strong className="console-mono">
          {formatDateTime(note.happenedAt, zone).slice(0, 16)}
        </Typography.Text>
        <Tag style={{ marginInlineEnd: 0 }}>{t(`noteKinds.${note.kind}`)}</Tag>
        <Tag color={riskColour[note.riskLevel]} style={{ marginInlineEnd: 0 }}>
          {t('notes.riskTag', { level: t(`risk.${note.riskLevel}`) })}
        </Tag>
        {amendsAt ? (
          <Typography.Text type="secondary">
            {t('notes.corrects', { time: formatDateTime(amendsAt, zone).slice(0, 16) })}
          </Typography.Text>
        ) : null}
        <Typography.Text type="secondary">{note.author.name}</Typography.Text>
      </Flex>
      <div style={blockStyle}>
        <Typography.Text type="secondary">{t('notes.concern')}</Typography.Text>
        <Typography.Text strong>{t(`concerns.${b.concern.primary}`)}</Typography.Text>
        {b.concern.others?.length
          ? ` · ${b.concern.others.map((o) => t(`concerns.${o}`)).join(t('notes.listSeparator'))}`
          : ''}
      </div>
      <div style={blockStyle}>
        <Typography.Text type="secondary">{t('notes.risk')}</Typography.Text>
        <span style={{ marginInlineEnd: 16 }}>
          {t('notes.selfHarm')}
          {yes(b.risk.selfHarmThoughts)}
        </span>
        <span style={{ marginInlineEnd: 16 }}>
          {t('notes.harmToOthers')}
          {yes(b.risk.harmToOthers)}
        </span>
        {b.risk.protectiveFactors ? (
          <span>
            {t('notes.protective')}
            {b.risk.protectiveFactors}
          </span>
        ) : null}
      </div>
      {b.intervention.methods?.length || b.intervention.text ? (
        <div style={blockStyle}>
          <Typography.Text type="secondary">{t('notes.intervention')}</Typography.Text>
          {(b.intervention.methods ?? []).map((m) => (
            <Tag key={m} style={{ marginBottom: 2 }}>
              {t(`interventions.${m}`)}
            </Tag>
          ))}
          {b.intervention.text ? <span style={{ whiteSpace: 'pre-wrap' }}>{b.intervention.text}</span> : null}
        </div>
      ) : null}
      {block(t('notes.plan'), b.plan ?? '')}
      {block(t('notes.text'), b.text ?? '')}
    </article>
  );
}
