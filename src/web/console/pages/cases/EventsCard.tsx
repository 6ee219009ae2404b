import { Card, Flex, Tag, Timeline, Typography } from 'antd';
import { useCasesTranslation } from '../../i18n/cases-ns';
import { type EventFact, eventFacts, eventTone, knownEventKinds } from '../../lib/case-timeline';
import type { CaseEvent } from '../../lib/case-types';
import { formatDateTime } from '../../lib/format-time';

interface Props {
  events: CaseEvent[];
  names: Map<string, string>;
  timeZone: string;
}

/** What happened to the case and who did it; why (the sealed facts) only for a viewer with a basis. */
export function EventsCard({ events, names, timeZone }: Props) {
  const { t } = useCasesTranslation();
  const fact = (f: EventFact) => {
    switch (f.key) {
      case 'expiresAt':
        return t('events.facts.expiresAt', { time: formatDateTime(f.at, timeZone).slice(0, 16) });
      case 'closureReason':
        return t('events.facts.closureReason', {
          reason: t(`closureReasons.${f.code}`, { defaultValue: f.code }),
        });
      case 'tasksCancelled':
        return t('events.facts.tasksCancelled', { count: f.count });
      case 'items':
        return t('events.facts.items', {
          items: f.codes
            .map((c) => t(`referrals.items.${c}`, { defaultValue: c }))
            .join(t('notes.listSeparator')),
        });
      case 'decision':
        return t('events.facts.decision', {
          decision: t(`referrals.statuses.${f.code}`, { defaultValue: f.code }),
        });
      default:
        return t(`events.facts.${f.key}`, { text: f.text });
    }
  };
  const sorted = [...events].sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
  return (
    <Card size="small" title={t('events.title')} style={{ marginBottom: 16 }}>
      <Timeline
        items={sorted.map((e) => {
          const tone = eventTone(e.kind);
          return {
            key: e.id,
            color: tone === 'default' ? 'gray' : tone,
            content: (
              <Flex vertical gap={2} data-testid="case-event" data-kind={e.kind}>
                <Flex gap={6} wrap align="center">
                  <Typography.Text strong={tone === 'red'} type={tone === 'red' ? 'danger' : undefined}>
                    {knownEventKinds.has(e.kind) ? t(`events.kinds.${e.kind}`) : e.kind}
                  </Typography.Text>
                  {tone === 'red' ? <Tag color="red">{t('events.breakGlassTag')}</Tag> : null}
                </Flex>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  <span className="console-mono">{formatDateTime(e.at, timeZone).slice(0, 16)}</span>
                  {e.actor ? ` · ${e.actor}` : ` · ${t('events.system')}`}
                </Typography.Text>
                {eventFacts(e, (id) => names.get(id)).map((f) => (
                  <Typography.Text key={f.key} style={{ fontSize: 13, whiteSpace: 'pre-wrap' }}>
                    {fact(f)}
                  </Typography.Text>
                ))}
              </Flex>
            ),
          };
        })}
      />
    </Card>
  );
}
