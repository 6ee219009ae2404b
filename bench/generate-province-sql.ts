// The SQL of the province generator (bench/generate-province.ts): one INSERT … SELECT generate_series per table
// and city, so a million check-ups take minutes, not hours. Values are random (random()), spread over the
// year before now(); shapes follow the application's tables and checks.
import { catalogue } from '../src/core/instruments/catalogue';
import type { InstrumentDefinition } from '../src/core/instruments/types';

/**
 * BENCHMARK ONLY: the stand-in for every sealed column. It is shaped like a field-cipher value but opens under
 * no key, so anything that tried to serve it would fail as record_unreadable; the benchmark reads aggregates
 * only and never asks for it.
 */
export const BENCH_SEALED = 'v1.bench-only.AAAAAAAAAAAAAAAA.YmVuY2htYXJrLW9ubHktbmV2ZXItc2VydmVk';

/** A random instant in the year before now. */
const inYear = `now() - random() * interval '365 days'`;
/** Minutes with a long tail around `typical` (log-normal). */
const tail = (typical: number) =>
  `(${typical} * exp(0.9 * sqrt(-2 * ln(greatest(random(), 1e-9))) * cos(2 * pi() * random())))`;

/** The band of an instrument by weights (low bands common), as a CASE over one random number. */
function bandCase(def: InstrumentDefinition, r: string): { code: string; level: string; score: string } {
  const weights = [55, 27, 12, 6, 3, 2];
  const bands = def.bands;
  const total = bands.reduce((s, _, i) => s + (weights[i] ?? 1), 0);
  let acc = 0;
  const arms = bands.map((b, i) => {
    acc += (weights[i] ?? 1) / total;
    return { upto: acc, b };
  });
  const pick = (f: (b: (typeof bands)[number]) => string) =>
    `case ${arms.map((a) => `when ${r} < ${a.upto.toFixed(4)} then ${f(a.b)}`).join(' ')} else ${f(bands[bands.length - 1] as (typeof bands)[number])} end`;
  return {
    code: pick((b) => `'${b.code}'`),
    level: pick((b) => String(b.level)),
    score: pick((b) => String(b.min)),
  };
}

/** Results of the default check-up's instruments for the city's submissions, and PHQ-9 / GAD-7 for some. */
export function resultsSql(): string {
  const parts = ['phq4', 'who5', 'cbi_work', 'ucla3', 'phq9', 'gad7'].map((id) => {
    const def = catalogue.get(id) as InstrumentDefinition;
    const band = bandCase(def, 'x.r');
    const when = id === 'phq9' ? 'and x.r2 < 0.25' : id === 'gad7' ? 'and x.r2 > 0.8' : '';
    return `select x.id, x.tenant_id, '${id}', '${def.version}', ${band.score}, null::float8, ${band.code}, ${band.level},
      '{}'::text[], '[]'::jsonb, x.created_at
      from (select s.id, s.tenant_id, s.created_at, random() as r, random() as r2 from submissions s where s.tenant_id = $1) x
      where true ${when}`;
  });
  return `insert into submission_results (submission_id, tenant_id, instrument_id, version, score, transformed, band_code, band_level, flags, subscales, created_at)
    ${parts.join('\nunion all\n')}`;
}

export const sql = {
  identities: `insert into retrieval_identities (id, tenant_id, code_hash, created_at)
    select id, $1, 'bench:' || id::text, ${inYear} from bench_ident where tenant_id = $1`,

  identityPool: `insert into bench_ident (tenant_id, idx, id)
    select $1, g, gen_random_uuid() from generate_series(1, $2::int) g`,

  /** Most anonymous; a share through an enterprise's campaign; some people more than once. */
  submissions: `insert into submissions (id, tenant_id, identity_id, campaign_id, checkup_id, lang, answers_sealed, crisis_level, created_at)
    select gen_random_uuid(), $1, i.id, c.id, 'default', case when x.r < 0.04 then 'en' else 'zh-CN' end, '${BENCH_SEALED}',
      case when x.r < 0.012 then 'urgent' when x.r < 0.08 then 'elevated' end, ${inYear}
    from (select g, random() as r,
            case when g <= $3::int then g else 1 + floor(random() * $3::int)::int end as ii,
            case when random() < 0.3 and $4::int > 0 then 1 + floor(random() * $4::int)::int end as ci
          from generate_series(1, $2::int) g) x
    join bench_ident i on i.tenant_id = $1 and i.idx = x.ii
    left join bench_campaign c on c.tenant_id = $1 and c.idx = x.ci`,

  campaigns: `with made as (
      insert into campaigns (id, tenant_id, organisation_id, code, name, checkup_id, active, starts_at, ends_at, created_at)
      select gen_random_uuid(), $1, o.id, 'bench-' || o.id::text, o.name || '·心理体检', 'default', false,
        now() - interval '300 days', now() - interval '10 days', now() - interval '305 days'
      from bench_org b join organisations o on o.id = b.id where b.tenant_id = $1 and b.idx % 3 = 0
      returning id)
    insert into bench_campaign (tenant_id, idx, id) select $1, row_number() over (), id from made`,

  alerts: `insert into alerts (id, tenant_id, source, priority, submission_id, contact_sealed, consent_version, consented_at, status,
      created_at, due_at, escalation_level, escalated_at, subject_identity_id, acknowledged_by, acknowledged_at)
    select gen_random_uuid(), s.tenant_id, 'checkup_contact_request', p.priority, case when random() < 0.6 then s.id end,
      '${BENCH_SEALED}', 'contact-2026-11', s.created_at, 'acknowledged', s.created_at, s.created_at + p.due,
      case when a.ack > p.due then 1 else 0 end, case when a.ack > p.due then s.created_at + p.due end,
      s.identity_id, (select id from bench_counsellor k where k.tenant_id = $1 and k.idx = 1 + (abs(hashtext(s.id::text)) % $2::int)),
      s.created_at + a.ack
    from submissions s
    cross join lateral (select case when s.crisis_level = 'urgent' then 'crisis' when s.crisis_level = 'elevated' then 'high' else 'normal' end as priority,
      case when s.crisis_level = 'urgent' then interval '15 minutes' when s.crisis_level = 'elevated' then interval '4 hours' else interval '48 hours' end as due) p
    cross join lateral (select interval '1 minute' * case p.priority when 'crisis' then ${tail(7)} when 'high' then ${tail(75)} else ${tail(540)} end as ack) a
    where s.tenant_id = $1 and random() < case when s.crisis_level = 'urgent' then 0.45 when s.crisis_level = 'elevated' then 0.12 else 0.003 end`,

  slots: `insert into slots (id, tenant_id, service_point_id, counsellor_id, kind, status, starts_at, ends_at, modes, created_at)
    select gen_random_uuid(), $1, k.point_id, k.id, 'rostered', 'open', t.starts_at, t.starts_at + interval '50 minutes', '{in_person,phone}', t.starts_at - interval '28 days'
    from generate_series(0, $2::int - 1) g
    join bench_counsellor k on k.tenant_id = $1 and k.idx = 1 + g % $3::int
    cross join lateral (select date_trunc('day', now()) - interval '366 days'
      + ((g / $3::int) / 6) * interval '1 day' + (9 + (g / $3::int) % 6) * interval '1 hour' as starts_at) t`,

  bookers: `insert into bookers (id, tenant_id, phone_hash, phone_sealed, created_at)
    select id, $1, 'bench:' || id::text, '${BENCH_SEALED}', now() - interval '366 days' from bench_booker where tenant_id = $1`,

  bookerPool: `insert into bench_booker (tenant_id, idx, id) select $1, g, gen_random_uuid() from generate_series(1, $2::int) g`,

  bookings: `insert into bookings (id, tenant_id, slot_id, service_point_id, counsellor_id, booker_id, source, topic, mode, status,
      consent_version, created_at, cancelled_at, cancelled_by, marked_at, marked_by, checked_in_at)
    select gen_random_uuid(), x.tenant_id, x.id, x.service_point_id, x.counsellor_id, b.id, 'worker',
      (array['work','family','relationships','other'])[1 + floor(random() * 4)::int], 'in_person', x.bst,
      'booking-2026-11', x.starts_at - interval '5 days',
      case when x.bst = 'cancelled' then x.starts_at - interval '1 day' end, case when x.bst = 'cancelled' then 'worker' end,
      case when x.bst <> 'cancelled' then x.ends_at + interval '10 minutes' end, case when x.bst <> 'cancelled' then x.counsellor_id end,
      case when x.bst = 'attended' and random() < 0.6 then x.starts_at - interval '5 minutes' end
    from (select s.id, s.tenant_id, s.service_point_id, s.counsellor_id, s.starts_at, s.ends_at, 1 + floor(random() * $2::int)::int as bi,
            case when random() < 0.72 then 'attended' when random() < 0.4 then 'no_show' else 'cancelled' end as bst
          from slots s where s.tenant_id = $1 and s.starts_at < now()) x
    join bench_booker b on b.tenant_id = $1 and b.idx = x.bi`,

  cases: `insert into cases (id, tenant_id, number, status, priority, origin, alert_id, counsellor_id, subject_identity_id, contact_sealed,
      opened_by, opened_at, closed_at, closed_by, closure_reason, retain_until, updated_at)
    select gen_random_uuid(), a.tenant_id, 'B-' || lpad((row_number() over (order by a.created_at))::text, 7, '0'),
      case when x.closes then 'closed' else 'open' end, a.priority, 'alert', a.id, a.acknowledged_by, a.subject_identity_id, '${BENCH_SEALED}',
      a.acknowledged_by, x.opened,
      case when x.closes then x.closed end, case when x.closes then a.acknowledged_by end,
      case when x.closes then (array['goals_met','worker_ended','unreachable','referred','other'])[1 + floor(random() * 5)::int] end,
      case when x.closes then x.closed + interval '3 years' end, now()
    from alerts a
    cross join lateral (select a.acknowledged_at + interval '30 minutes' as opened,
      a.acknowledged_at + interval '30 minutes' + (10 + random() * 90) * interval '1 day' as closed) y
    cross join lateral (select y.opened, y.closed, y.closed < now() and random() < 0.85 as closes) x
    where a.tenant_id = $1 and random() < 0.7`,

  closeAlerts: `update alerts a set status = 'closed', closed_reason = 'case_opened', closed_at = c.opened_at, closed_by = c.counsellor_id, case_id = c.id
    from cases c where c.alert_id = a.id and a.tenant_id = $1 and c.tenant_id = $1`,

  handledAlerts: `update alerts set status = 'closed', closed_reason = 'handled', closed_at = acknowledged_at + interval '3 hours', closed_by = acknowledged_by
    where tenant_id = $1 and status = 'acknowledged' and acknowledged_at < now() - interval '1 day'`,

  bookingCases: `insert into cases (id, tenant_id, number, status, priority, origin, booking_id, counsellor_id, contact_sealed, opened_by, opened_at, updated_at)
    select gen_random_uuid(), b.tenant_id, 'P-' || lpad((row_number() over (order by b.created_at))::text, 7, '0'), 'open', 'normal', 'booking',
      b.id, b.counsellor_id, '${BENCH_SEALED}', b.counsellor_id, b.marked_at, now()
    from bookings b where b.tenant_id = $1 and b.status = 'attended' and random() < 0.05`,

  notes: `insert into case_notes (id, tenant_id, case_id, author_id, kind, happened_at, body_sealed, risk_level, created_at)
    select gen_random_uuid(), c.tenant_id, c.id, c.counsellor_id, 'session', c.opened_at + (n * 9) * interval '1 day', '${BENCH_SEALED}',
      (array['none','low','moderate','high'])[1 + floor(random() * 4)::int], c.opened_at + (n * 9) * interval '1 day' + interval '2 hours'
    from cases c cross join generate_series(0, 2) n where c.tenant_id = $1`,

  tasks: `insert into follow_up_tasks (id, tenant_id, case_id, kind, due_at, assignee_id, detail_sealed, status, completed_at, completed_by, created_by, created_at)
    select gen_random_uuid(), c.tenant_id, c.id, (array['call_back','recheck','appointment','content'])[1 + floor(random() * 4)::int],
      x.due, c.counsellor_id, '${BENCH_SEALED}', case when x.done then 'done' else 'open' end,
      case when x.done then x.due + (random() * 6 - 4.5) * interval '1 day' end, case when x.done then c.counsellor_id end,
      c.counsellor_id, c.opened_at + interval '1 hour'
    from cases c cross join generate_series(1, 2) n
    cross join lateral (select c.opened_at + (n * 7) * interval '1 day' as due, random() < 0.8 as done) x
    where c.tenant_id = $1`,

  referrals: `insert into referrals (id, tenant_id, case_id, institution_id, consent_items, consent_version, shared_sealed, status, sent_by, sent_at, acknowledged_at)
    select gen_random_uuid(), c.tenant_id, c.id, $2, '{contact,summary}', 'referral-2026-11', '${BENCH_SEALED}', 'acknowledged', c.counsellor_id,
      c.opened_at + interval '3 days', c.opened_at + interval '4 days'
    from cases c where c.tenant_id = $1 and random() < 0.05`,

  events: `insert into group_events (id, tenant_id, organisation_id, kind, title, title_en, place_kind, service_point_id, starts_at, ends_at,
      capacity, held, audiences, visibility, invited_organisation_id, status, created_at, updated_at, published_at)
    select gen_random_uuid(), $1, p.organisation_id, x.kind, '基准活动 ' || g, 'Benchmark event ' || g, 'service_point', p.id,
      x.starts, x.starts + interval '2 hours', 40, 20, '{}', case when x.inv is not null then 'invitation' else 'open' end, x.inv,
      'published', x.starts - interval '20 days', x.starts, x.starts - interval '14 days'
    from generate_series(1, $2::int) g
    cross join lateral (select (array['lecture','healing_workshop','sand_painting','group_counselling','parent_child','roadside_station'])[1 + floor(random() * 6)::int] as kind,
      date_trunc('hour', ${inYear}) as starts,
      case when random() < 0.2 then (select o.id from bench_org o where o.tenant_id = $1 and o.idx = 1 + (g * 7919) % $3::int) end as inv,
      1 + floor(random() * $4::int)::int as pi) x
    join bench_point p on p.tenant_id = $1 and p.idx = x.pi`,

  registrations: `insert into event_registrations (id, tenant_id, event_id, source, status, created_at, cancelled_at, cancelled_by, checked_in_at, check_in_method, feedback_at)
    select gen_random_uuid(), e.tenant_id, e.id, 'worker', x.status, e.starts_at - interval '3 days',
      case when x.status = 'cancelled' then e.starts_at - interval '1 day' end, case when x.status = 'cancelled' then 'worker' end,
      case when x.came then e.starts_at end, case when x.came then 'door_code' end, case when x.came and random() < 0.4 then e.ends_at + interval '1 hour' end
    from group_events e cross join generate_series(1, 22) n
    cross join lateral (select case when n > 20 then 'cancelled' else 'registered' end as status, n <= 20 and random() < 0.8 as came) x
    where e.tenant_id = $1`,

  feedback: `insert into event_feedback (id, tenant_id, event_id, registration_id, rating, created_at)
    select gen_random_uuid(), r.tenant_id, r.event_id, r.id, 3 + floor(random() * 3)::int, r.feedback_at
    from event_registrations r where r.tenant_id = $1 and r.feedback_at is not null`,

  menu: `insert into service_menu_items (id, tenant_id, kind, title, title_en, topics, duration_minutes, max_headcount)
    select gen_random_uuid(), $1, k, '基准服务 ' || k, 'Benchmark ' || k, '{}', 120, 200
    from unnest(array['lecture','group_counselling','healing_workshop','enterprise_counselling_day','checkup_campaign']) k`,

  orders: `insert into service_orders (id, tenant_id, organisation_id, menu_item_id, state, preferred_dates, headcount, site_name, site_address,
      audiences, submitted_at, accepted_at, scheduled_at, delivered_at, rated_at, closed_at, rating, attendance, updated_at)
    select gen_random_uuid(), $1, o.id, m.id, x.state, '[]', 40, '会议室', '基准地址', '{}', x.at,
      case when x.state not in ('submitted','declined','cancelled') then x.at + interval '20 hours' end,
      case when x.state in ('scheduled','confirmed','delivered','rated','closed') then x.at + interval '3 days' end,
      case when x.state in ('delivered','rated','closed') then x.at + interval '12 days' end,
      case when x.state in ('rated','closed') then x.at + interval '13 days' end,
      case when x.state = 'closed' then x.at + interval '14 days' end,
      case when x.state in ('rated','closed') then 3 + floor(random() * 3)::int end,
      case when x.state in ('delivered','rated','closed') then 30 end, now()
    from generate_series(1, $2::int) g
    cross join lateral (select g as n, ${inYear} as at, 1 + floor(random() * $3::int)::int as oi,
      (array['submitted','accepted','declined','scheduled','confirmed','delivered','rated','closed','closed','closed','cancelled'])[1 + floor(random() * 11)::int] as state) x
    join bench_org o on o.tenant_id = $1 and o.idx = x.oi
    cross join lateral (select id from service_menu_items mi where mi.tenant_id = $1 order by mi.kind offset (g % 5) limit 1) m`,

  libraryCounts: `insert into content_daily_counts (tenant_id, day, kind, subject, count)
    select $1, (current_date - d)::date, k.kind, k.subject, 1 + floor(random() * k.mean)::int
    from generate_series(1, 365) d
    cross join (select 'read' as kind, 'bench-item-' || i as subject, 40 / i as mean from generate_series(1, 30) i
      union all select 'tool', t, 30 from unnest(array['grounding','breathing','relaxation','diary']) t) k`,
};
