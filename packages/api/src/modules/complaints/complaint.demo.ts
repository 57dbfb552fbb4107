import { VILLAGE_KINDS, workCalendar, type CalendarDay } from '@township/shared';
import type { FeatureDemo } from '../../demo/feature-demo.js';
import { bulkInsert, reserveIds, type Cell } from '../../demo/insert.js';
import { ComplainantKeyKind } from './complainant.entity.js';
import { planComplaintDemo, type DemoUsers, type DemoVillage, type PlannedPerson } from './complaint-demo.plan.js';
import { matchHash } from './match-key.js';

const iso = (d: Date | null) => d?.toISOString() ?? null;

/** Writes the planned complaints with one multi-row insert per table, in the demo's transaction. */
export const complaintDemo: FeatureDemo = {
  name: 'complaints',
  async load({ trx, random, today }) {
    const villages = (
      await trx.raw<{ rows: DemoVillage[] }>(
        `select v.id, v.name, v.parent_id as "townshipId", t.name as "townshipName", coalesce(v.population, 0) as population
         from org_unit v join org_unit t on t.id = v.parent_id
        where v.kind in (${VILLAGE_KINDS.map(() => '?').join(', ')}) order by v.code`,
        [...VILLAGE_KINDS],
      )
    ).rows;
    const accounts = (await trx.raw<{ rows: { id: number; username: string; scope_id: number }[] }>(`select id, username, scope_id from app_user`)).rows;
    const id = (username: string) => accounts.find((u) => u.username === username)?.id;
    if (!villages.length || !id('office') || !id('leader') || !id('village')) return 'skipped (no villages or demo users)';
    const users: DemoUsers = {
      office: id('office')!,
      leader: id('leader')!,
      village: id('village')!,
      villageScopeId: accounts.find((u) => u.username === 'village')!.scope_id,
    };
    const [{ county_id: countyId }] = (
      await trx.raw<{ rows: { county_id: number }[] }>(`select id as county_id from org_unit where parent_id is null order by id limit 1`)
    ).rows;

    const calendar = workCalendar((await trx.raw<{ rows: CalendarDay[] }>(`select to_char(day, 'YYYY-MM-DD') as day, kind, name from calendar_day`)).rows);
    const planned = planComplaintDemo(random, villages, users, today, calendar);
    const people = [...new Set(planned.map((c) => c.person).filter((p): p is PlannedPerson => !!p))];
    const reserved = await reserveIds(trx, 'complainant', people.length);
    const personIds = new Map(people.map((p, i) => [p, reserved[i]]));
    await bulkInsert(
      trx,
      'complainant',
      [
        { name: 'id', type: 'int' },
        { name: 'county_id', type: 'int' },
        { name: 'created_at', type: 'timestamptz' },
      ],
      people.map((p): Cell[] => [personIds.get(p)!, countyId, today.toISOString()]),
    );
    const keys = new Map<string, Cell[]>();
    for (const p of people) {
      for (const [kind, value] of [
        [ComplainantKeyKind.Phone, p.phone],
        [ComplainantKeyKind.IdNumber, p.idNumber],
      ] as const) {
        const hash = value && matchHash(kind, value);
        // Two generated people may draw the same number: the first keeps it, as at a real intake.
        if (hash && !keys.has(`${kind}:${hash}`)) keys.set(`${kind}:${hash}`, [personIds.get(p)!, countyId, kind, hash]);
      }
    }
    await bulkInsert(
      trx,
      'complainant_key',
      [
        { name: 'complainant_id', type: 'int' },
        { name: 'county_id', type: 'int' },
        { name: 'kind', type: 'complainant_key_kind' },
        { name: 'hash', type: 'text' },
      ],
      [...keys.values()],
    );

    const complaintIds = await reserveIds(trx, 'complaint', planned.length);
    const idOf = new Map(planned.map((c, i) => [c, complaintIds[i]]));
    await bulkInsert(
      trx,
      'complaint',
      [
        { name: 'id', type: 'int' },
        { name: 'county_id', type: 'int' },
        { name: 'township_id', type: 'int' },
        { name: 'village_id', type: 'int' },
        { name: 'channel', type: 'complaint_channel' },
        { name: 'category', type: 'complaint_category' },
        { name: 'urgency', type: 'complaint_urgency' },
        { name: 'level', type: 'complaint_level' },
        { name: 'status', type: 'complaint_status' },
        { name: 'description', type: 'text' },
        { name: 'complainant_id', type: 'int' },
        { name: 'complainant_name', type: 'text' },
        { name: 'complainant_phone', type: 'text' },
        { name: 'complainant_id_number', type: 'text' },
        { name: 'owner_id', type: 'int' },
        { name: 'registered_by_id', type: 'int' },
        { name: 'received_at', type: 'timestamptz' },
        { name: 'accept_due_at', type: 'timestamptz' },
        { name: 'reply_due_at', type: 'timestamptz' },
        { name: 'accepted_at', type: 'timestamptz' },
        { name: 'replied_at', type: 'timestamptz' },
        { name: 'reply', type: 'text' },
        { name: 'followed_up_at', type: 'timestamptz' },
        { name: 'satisfaction', type: 'complaint_satisfaction' },
        { name: 'resolved', type: 'boolean' },
        { name: 'closed_at', type: 'timestamptz' },
        { name: 'reopen_count', type: 'smallint' },
        { name: 'duplicate_of_id', type: 'int' },
        { name: 'created_at', type: 'timestamptz' },
        { name: 'updated_at', type: 'timestamptz' },
      ],
      planned.map((c): Cell[] => [
        idOf.get(c)!,
        countyId,
        c.village.townshipId,
        c.village.id,
        c.channel,
        c.category,
        c.urgency,
        c.level,
        c.status,
        c.description,
        c.person ? personIds.get(c.person)! : null,
        c.person?.name ?? null,
        c.person?.phone ?? null,
        c.person?.idNumber ?? null,
        c.owner,
        c.registeredBy,
        iso(c.receivedAt),
        iso(c.acceptDueAt),
        iso(c.replyDueAt),
        iso(c.acceptedAt),
        iso(c.repliedAt),
        c.reply,
        iso(c.followedUpAt),
        c.satisfaction,
        c.resolved,
        iso(c.closedAt),
        c.reopenCount,
        c.duplicateOf ? idOf.get(c.duplicateOf)! : null,
        iso(c.receivedAt),
        iso(c.events.at(-1)!.at),
      ]),
    );

    await bulkInsert(
      trx,
      'complaint_event',
      [
        { name: 'complaint_id', type: 'int' },
        { name: 'county_id', type: 'int' },
        { name: 'kind', type: 'complaint_event_kind' },
        { name: 'at', type: 'timestamptz' },
        { name: 'actor_id', type: 'int' },
        { name: 'from_status', type: 'complaint_status' },
        { name: 'to_status', type: 'complaint_status' },
        { name: 'from_owner_id', type: 'int' },
        { name: 'to_owner_id', type: 'int' },
        { name: 'note', type: 'text' },
        { name: 'satisfaction', type: 'complaint_satisfaction' },
        { name: 'resolved', type: 'boolean' },
        { name: 'level', type: 'complaint_level' },
      ],
      planned.flatMap((c) =>
        c.events.map((e): Cell[] => [
          idOf.get(c)!,
          countyId,
          e.kind,
          iso(e.at),
          e.actor,
          e.fromStatus,
          e.toStatus,
          e.fromOwner,
          e.toOwner,
          e.note,
          e.satisfaction,
          e.resolved,
          e.level,
        ]),
      ),
    );

    const records = planned.flatMap((c) => c.accountability.map((a) => [c, a] as const));
    await bulkInsert(
      trx,
      'complaint_accountability',
      [
        { name: 'county_id', type: 'int' },
        { name: 'complaint_id', type: 'int' },
        { name: 'responsible_id', type: 'int' },
        { name: 'reason', type: 'accountability_reason' },
        { name: 'note', type: 'text' },
        { name: 'recorded_by_id', type: 'int' },
        { name: 'recorded_at', type: 'timestamptz' },
        { name: 'measure', type: 'accountability_measure' },
        { name: 'decided_by_id', type: 'int' },
        { name: 'decided_at', type: 'timestamptz' },
      ],
      records.map(([c, a]): Cell[] => [
        countyId,
        idOf.get(c)!,
        a.responsible,
        a.reason,
        a.note,
        a.recordedBy,
        iso(a.recordedAt),
        a.measure,
        a.decidedBy,
        iso(a.decidedAt),
      ]),
    );

    const perPerson = new Map<PlannedPerson, number>();
    for (const c of planned) if (c.person) perPerson.set(c.person, (perPerson.get(c.person) ?? 0) + 1);
    const repeaters = [...perPerson.values()].filter((n) => n > 1).length;
    return (
      `${planned.length} complaints, ${planned.reduce((n, c) => n + c.events.length, 0)} timeline entries, ${records.length} accountability records, ` +
      `${people.length} person files (${repeaters} repeat complainants), ${planned.filter((c) => c.level === 'ABOVE_COUNTY').length} petition above county level`
    );
  },
};
