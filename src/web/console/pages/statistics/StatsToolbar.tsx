import { LeftOutlined, ReloadOutlined, RightOutlined } from '@ant-design/icons';
import { App, Button, DatePicker, Flex, Segmented, Select, Space, TreeSelect } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useStatisticsTranslation } from '../../i18n/statistics-ns';
import {
  granularities,
  MAX_CUSTOM_DAYS,
  type StatsView,
  shiftPeriod,
  validCustomRange,
  withOrg,
} from '../../lib/stats-query';
import { nameIn, scopeTree } from '../../lib/stats-trail';
import type { Granularity, PeriodView, ScopesView } from '../../lib/stats-types';

const ROLLUP = 'rollup';
const day = (d: Dayjs) => d.format('YYYY-MM-DD');

/**
 * The period (day … year, or a custom range) and the scope (an organisation in reach; a city, or all cities
 * together, for a province). Dates are calendar days on the tenant's clock: `today` is today there.
 */
export function StatsToolbar({
  view,
  onView,
  today,
  period,
  scopes,
  scopeOrg,
  ownTenantId,
  onReload,
}: {
  view: StatsView;
  onView: (v: StatsView) => void;
  today: string;
  period: PeriodView | undefined;
  scopes: ScopesView | undefined;
  /** The organisation being shown (the server's answer), for the picker's value. */
  scopeOrg: string | null | undefined;
  ownTenantId: string;
  onReload: () => void;
}) {
  const { t, i18n } = useStatisticsTranslation();
  const { message } = App.useApp();
  const lang = i18n.language;
  const g = view.granularity;
  const date = view.date ?? today;
  const future = (d: Dayjs) => day(d) > today;
  const setGranularity = (next: Granularity) => {
    if (next === 'custom') {
      // Start from the period being shown, so switching to custom changes nothing until a range is picked.
      const from = period?.from ?? today;
      const to = period && period.to <= today ? period.to : today;
      onView({ ...view, granularity: 'custom', from, to, date: undefined });
    } else onView({ ...view, granularity: next, from: undefined, to: undefined });
  };
  const step = (steps: number) => {
    if (g === 'custom') return;
    const next = shiftPeriod(g, date, steps);
    onView({ ...view, date: next > today ? today : next });
  };
  const atLatest = !period || period.to >= today;
  const picker = g === 'day' || g === 'custom' ? 'date' : g;

  const tenants = scopes?.tenants ?? [];
  const tenantValue = view.tenant ?? (view.rollup ? ROLLUP : ownTenantId);
  const setTenant = (v: string) => {
    const { org: _o, tenant: _t, rollup: _r, ...rest } = view;
    if (v === ROLLUP) onView({ ...rest, rollup: true });
    else if (v === ownTenantId) onView(rest);
    else onView({ ...rest, tenant: v });
  };

  return (
    <Flex
      gap={12}
      align="center"
      wrap
      role="group"
      aria-label={t('toolbar.label')}
      data-testid="stats-toolbar"
    >
      <Segmented<Granularity>
        aria-label={t('toolbar.granularity')}
        value={g}
        onChange={setGranularity}
        options={granularities.map((value) => ({ value, label: t(`toolbar.${value}`) }))}
      />
      {g === 'custom' ? (
        <DatePicker.RangePicker
          aria-label={t('toolbar.range')}
          allowClear={false}
          disabledDate={future}
          value={[dayjs(view.from ?? today), dayjs(view.to ?? today)]}
          onChange={(range) => {
            const [from, to] = range ?? [];
            if (!from || !to) return;
            if (!validCustomRange(day(from), day(to))) {
              void message.warning(t('toolbar.rangeTooLong', { days: MAX_CUSTOM_DAYS }));
              return;
            }
            onView({ ...view, from: day(from), to: day(to) });
          }}
        />
      ) : (
        <Space.Compact>
          <Button icon={<LeftOutlined />} aria-label={t('toolbar.previous')} onClick={() => step(-1)} />
          <DatePicker
            picker={picker}
            aria-label={t('toolbar.date')}
            allowClear={false}
            disabledDate={future}
            value={dayjs(date)}
            onChange={(d) => d && onView({ ...view, date: day(d) })}
          />
          <Button
            icon={<RightOutlined />}
            aria-label={t('toolbar.next')}
            disabled={atLatest}
            onClick={() => step(1)}
          />
        </Space.Compact>
      )}
      {tenants.length > 1 ? (
        <Select
          aria-label={t('toolbar.tenant')}
          style={{ minWidth: 200 }}
          value={tenantValue}
          onChange={setTenant}
          options={[
            ...tenants.map((x) => ({
              value: x.id,
              label:
                x.id === ownTenantId
                  ? `${nameIn(lang, x.name, x.nameEn)} · ${t('toolbar.ownTenant')}`
                  : nameIn(lang, x.name, x.nameEn),
            })),
            { value: ROLLUP, label: t('toolbar.rollup') },
          ]}
        />
      ) : null}
      {/* The organisation tree is the viewer's own tenant's; a city chosen above is shown whole, its own
          organisations reached by drilling down its breakdown. */}
      {view.tenant || view.rollup ? null : (
        <TreeSelect
          aria-label={t('toolbar.scope')}
          style={{ minWidth: 300 }}
          treeData={scopeTree(scopes?.organisations ?? [], lang)}
          value={scopeOrg ?? undefined}
          placeholder={t('toolbar.scopeAll')}
          onChange={(v: string | undefined) => onView(withOrg(view, v ?? null))}
          showSearch
          treeNodeFilterProp="title"
          treeDefaultExpandAll
          allowClear
          popupMatchSelectWidth={false}
          data-testid="stats-scope"
        />
      )}
      <span style={{ flex: 1 }} />
      <Button icon={<ReloadOutlined />} onClick={onReload}>
        {t('toolbar.reload')}
      </Button>
    </Flex>
  );
}
