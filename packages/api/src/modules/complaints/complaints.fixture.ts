import type { MikroORM } from '@mikro-orm/postgresql';
import { query, queryOne, sql } from '../../db/sql.js';
import type { SmallCounty } from '../../test/fixtures.js';
import { personFor } from './complainant-match.js';

/**
 * Complaints for the small county, every deadline long past so each rate is fixed:
 *
 *   #  village  category                    received     level        status       accepted  replied   follow-up        person
 *   1  东一村   MAINTENANCE_FEE             2026-10-05   TOWNSHIP     CLOSED       on time   on time   SATISFIED, yes   甲 (phone)
 *   2  东一村   MAINTENANCE_FEE             2026-10-08   TOWNSHIP     CLOSED       late      late      DISSATISFIED, no 甲 (phone + ID)
 *   3  东一村   CONTRACEPTION_COMPLICATION  2026-10-12   TOWNSHIP     REPLIED      on time   on time   —                anonymous
 *   4  东二村   MAINTENANCE_FEE             2026-10-15   TOWNSHIP     IN_PROGRESS  on time   overdue   —                乙 (ID)
 *   5  东二村   STAFF_CONDUCT               2026-10-20   TOWNSHIP     RECEIVED     overdue   overdue   —                丙 (phone)
 *   6  西一村   OTHER                       2026-10-03   TOWNSHIP     CLOSED       on time   on time   BASICALLY, yes   丁 (phone)
 *   7  东一村   MAINTENANCE_FEE             2026-09-10   TOWNSHIP     CLOSED       on time   on time   UNREACHABLE      anonymous
 *   8  东一村   MAINTENANCE_FEE             2025-10-10   TOWNSHIP     CLOSED       on time   on time   SATISFIED, yes   anonymous
 *   9  西一村   FLOATING_POPULATION         2026-10-25   ABOVE_COUNTY IN_PROGRESS  on time   overdue   —                甲 (phone)
 *
 * 甲 complained about 东一村 twice and about 西一村 once (a repeat complainant across villages).
 * Every complaint is registered by and owned by `office`, except #3, owned by `village`.
 */
export const PEOPLE = {
  jia: { name: '张甲', phone: '13900000001', idNumber: '37119919850312002X' },
  yi: { name: '李乙', idNumber: '371199197001010010' },
  bing: { name: '王丙', phone: '13900000003' },
  ding: { name: '赵丁', phone: '13900000004' },
} as const;

export interface ComplaintFixture {
  /** Complaint ids by fixture number (1-based). */
  ids: number[];
  jiaId: number;
}

interface Row {
  village: number;
  category: string;
  received: string;
  level?: string;
  status: string;
  accepted?: string;
  replied?: string;
  followUp?: [string, boolean | null];
  person?: { name: string; phone?: string; idNumber?: string };
  owner?: 'office' | 'village';
}

/** Local (China) time: `10-05 10:00` → 2026-10-05T10:00+08:00; a full date may be given. */
const at = (text: string) => new Date(`${text.length <= 11 ? `2026-${text}` : text}:00+08:00`);
const plusDays = (d: Date, days: number) => new Date(d.getTime() + days * 86_400_000);

export async function seedComplaints(orm: MikroORM, county: SmallCounty): Promise<ComplaintFixture> {
  const em = orm.em.fork();
  const users = Object.fromEntries((await query(em, sql<{ id: number; username: string }>`select id, username from app_user`)).map((u) => [u.username, u.id]));
  const { jia, yi, bing, ding } = PEOPLE;
  const rows: Row[] = [
    {
      village: county.east1Id,
      category: 'MAINTENANCE_FEE',
      received: '10-05 10:00',
      status: 'CLOSED',
      accepted: '10-05 15:00',
      replied: '10-09 10:00',
      followUp: ['SATISFIED', true],
      person: { name: jia.name, phone: jia.phone },
    },
    {
      village: county.east1Id,
      category: 'MAINTENANCE_FEE',
      received: '10-08 10:00',
      status: 'CLOSED',
      accepted: '10-12 10:00',
      replied: '10-30 10:00',
      followUp: ['DISSATISFIED', false],
      person: jia,
    },
    {
      village: county.east1Id,
      category: 'CONTRACEPTION_COMPLICATION',
      received: '10-12 09:00',
      status: 'REPLIED',
      accepted: '10-12 11:00',
      replied: '10-14 09:00',
      owner: 'village',
    },
    { village: county.east2Id, category: 'MAINTENANCE_FEE', received: '10-15 09:00', status: 'IN_PROGRESS', accepted: '10-15 16:00', person: yi },
    { village: county.east2Id, category: 'STAFF_CONDUCT', received: '10-20 09:00', status: 'RECEIVED', person: bing },
    {
      village: county.west1Id,
      category: 'OTHER',
      received: '10-03 09:00',
      status: 'CLOSED',
      accepted: '10-03 10:00',
      replied: '10-05 09:00',
      followUp: ['BASICALLY_SATISFIED', true],
      person: ding,
    },
    {
      village: county.east1Id,
      category: 'MAINTENANCE_FEE',
      received: '09-10 09:00',
      status: 'CLOSED',
      accepted: '09-10 10:00',
      replied: '09-12 09:00',
      followUp: ['UNREACHABLE', null],
    },
    {
      village: county.east1Id,
      category: 'MAINTENANCE_FEE',
      received: '2025-10-10 09:00',
      status: 'CLOSED',
      accepted: '2025-10-10 10:00',
      replied: '2025-10-13 09:00',
      followUp: ['SATISFIED', true],
    },
    {
      village: county.west1Id,
      category: 'FLOATING_POPULATION',
      received: '10-25 09:00',
      level: 'ABOVE_COUNTY',
      status: 'IN_PROGRESS',
      accepted: '10-25 10:00',
      person: { name: jia.name, phone: jia.phone },
    },
  ];
  const townshipOf = (village: number) => (village === county.west1Id ? county.westId : county.eastId);
  const ids: number[] = [];
  let jiaId = 0;
  for (const row of rows) {
    const received = at(row.received);
    // One day to accept, seven to reply: simpler than working days and enough for fixed outcomes.
    const acceptDue = plusDays(received, 1);
    const replyDue = plusDays(received, 7);
    const person = row.person
      ? await personFor(em, county.countyId, {
          phone: 'phone' in row.person ? row.person.phone : null,
          idNumber: 'idNumber' in row.person ? row.person.idNumber : null,
        })
      : null;
    if (row.person?.name === jia.name) jiaId = person!.id;
    const owner = users[row.owner ?? 'office'];
    const values = [
      county.countyId,
      townshipOf(row.village),
      row.village,
      sql`'VISIT'`,
      row.category,
      sql`'GENERAL'`,
      row.level ?? 'TOWNSHIP',
      row.status,
      `第${ids.length + 1}件：${row.category}`,
      person?.id ?? null,
      row.person?.name ?? null,
      row.person && 'phone' in row.person ? row.person.phone : null,
      row.person && 'idNumber' in row.person ? row.person.idNumber : null,
      owner,
      owner,
      received,
      acceptDue,
      replyDue,
      row.accepted ? at(row.accepted) : null,
      row.replied ? at(row.replied) : null,
      row.replied ? '已答复' : null,
      row.followUp ? plusDays(at(row.replied!), 1) : null,
      row.followUp?.[0] ?? null,
      row.followUp?.[1] ?? null,
      row.status === 'CLOSED' ? plusDays(at(row.replied!), 2) : null,
      sql`now()`,
      sql`now()`,
    ];
    const inserted = await queryOne(
      em,
      sql<{ id: number }>`insert into complaint (county_id, township_id, village_id, channel, category, urgency, level, status, description, complainant_id,
         complainant_name, complainant_phone, complainant_id_number, owner_id, registered_by_id, received_at, accept_due_at, reply_due_at,
         accepted_at, replied_at, reply, followed_up_at, satisfaction, resolved, closed_at, created_at, updated_at)
       values (${sql.list(values)}) returning id`,
    );
    await query(
      em,
      sql`insert into complaint_event (complaint_id, county_id, kind, at, actor_id, to_status, to_owner_id) values (${inserted!.id}, ${county.countyId}, 'REGISTERED', ${received}, ${owner}, 'RECEIVED', ${owner})`,
    );
    ids.push(inserted!.id);
  }
  return { ids, jiaId };
}

/** Three more anonymous maintenance-fee complaints in 东二村 in 2026-10: enough for the category to rise. */
export async function seedFeeSurge(orm: MikroORM, county: SmallCounty): Promise<void> {
  const office = (await queryOne(orm.em, sql<{ id: number }>`select id from app_user where username = 'office'`))!;
  for (const day of ['10-26', '10-27', '10-28']) {
    const received = at(`${day} 09:00`);
    await query(
      orm.em,
      sql`insert into complaint (county_id, township_id, village_id, channel, category, urgency, level, status, description, owner_id, registered_by_id,
         received_at, accept_due_at, reply_due_at, accepted_at, created_at, updated_at)
       values (${county.countyId}, ${county.eastId}, ${county.east2Id}, 'REPORT_HOTLINE', 'MAINTENANCE_FEE', 'GENERAL', 'TOWNSHIP', 'ACCEPTED', '抚养费征收有异议', ${office.id}, ${office.id},
         ${received}, ${plusDays(received, 1)}, ${plusDays(received, 7)}, ${received}, now(), now())`,
    );
  }
}
