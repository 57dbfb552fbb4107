import type { EntityManager } from '@mikro-orm/postgresql';
import { ActionItemStatus, AgendaItemKind, AgendaSection, addMonths, MeetingStatus, monthOf } from '@township/shared';
import type { FeatureDemo } from '../../demo/feature-demo.js';
import type { Random } from '../../demo/prng.js';
import { query, sql } from '../../db/sql.js';
import { Cadre } from '../cadres/index.js';
import { Department } from '../departments/index.js';
import { OrgUnit } from '../org-units/index.js';
import { ActionItem, ActionItemUpdate, Decision } from './action-item.entity.js';
import { AgendaItem, AgendaVersion } from './agenda.entity.js';
import { frozen } from './agenda.service.js';
import { plusDays } from './draft/help-target-items.js';
import { draftAgenda } from './draft/draft.service.js';
import { monthLabel } from './draft/format.js';
import { Meeting, MeetingAttendee } from './meeting.entity.js';
import type { ProposedAgendaItemType } from './meeting.type.js';
import { decisionTemplate, Fate, FATES, type Owner } from './meetings.demo-plan.js';

interface People {
  chair: number;
  heads: number[];
  deputy: number;
  staff: number[];
  stationed: number[];
  departments: Map<string, number>;
}
interface PendingUpdate {
  on: string;
  item: ActionItem;
  status: ActionItemStatus;
  progress: number;
  comment: string;
}

const HISTORY_MONTHS = 6;

/** Meeting days: around the 10th, a weekday-ish spread so the history does not look stamped. */
const heldOnOf = (month: string, i: number) => `${month}-${String(8 + ((i * 3) % 7)).padStart(2, '0')}`;

async function people(em: EntityManager, township: OrgUnit): Promise<People | null> {
  const cadres = await query(
    em,
    sql<{ id: number; roles: string[] | string }>`select id, roles from cadre where unit_id = ${township.id} and active order by id`,
  );
  const has = (c: { roles: string[] | string }, role: string) =>
    (Array.isArray(c.roles) ? c.roles : String(c.roles).replace(/[{}]/g, '').split(',')).includes(role);
  const heads = cadres.filter((c) => has(c, 'PARTY_GOVERNMENT_HEAD')).map((c) => Number(c.id));
  const deputy = cadres.find((c) => has(c, 'DEPUTY_IN_CHARGE'));
  const staff = cadres.filter((c) => has(c, 'OFFICE_STAFF')).map((c) => Number(c.id));
  const stationed = cadres.filter((c) => has(c, 'STATIONED_CADRE')).map((c) => Number(c.id));
  const departments = await query(em, sql<{ id: number; code: string }>`select id, code from department where org_unit_id = ${township.id}`);
  if (!heads.length || !deputy || !staff.length) return null;
  return {
    chair: heads[0],
    heads,
    deputy: Number(deputy.id),
    staff,
    stationed: stationed.length ? stationed : staff,
    departments: new Map(departments.map((d) => [d.code, Number(d.id)])),
  };
}

/** Who presents an item: the office for the situation, the deputy for deployment, the department (or office) for coordination. */
function presenter(p: People, item: ProposedAgendaItemType, i: number): { cadre: number | null; department: number | null } {
  if (item.section === AgendaSection.Coordination && item.proposedDepartmentId) return { cadre: null, department: item.proposedDepartmentId };
  if (item.section === AgendaSection.Deployment) return { cadre: p.deputy, department: null };
  return { cadre: p.staff[i % p.staff.length], department: null };
}

const CUSTOM_ITEMS = [
  '秋季计划生育集中服务活动安排',
  '流动人口清理清查工作部署',
  '村级计生协会换届准备',
  '“婚育新风进万家”宣传月活动',
  '年度目标责任书执行情况中期检查',
  '独生子女父母奖励资金发放情况通报',
];

/**
 * The home township's joint meetings: the last six months held, minuted, with decisions and action
 * items in every state (done, done late, cancelled, overdue, in progress, one left open last month),
 * each agenda drawn up by the draft rules as of its meeting day and lightly edited; and this month's
 * meeting in DRAFT with the live draft as its agenda (open action items carried over).
 */
export const meetingsDemo: FeatureDemo = {
  name: 'meetings',
  async load({ em, random, today }) {
    const township = await em.findOne(OrgUnit, { depth: 1 }, { orderBy: { code: 'asc' } });
    const who = township && (await people(em, township));
    if (!township || !who) return 'skipped (no township with leaders and office staff)';
    const todayIso = today.toISOString().slice(0, 10);
    const thisMonth = monthOf(today);
    const pending: PendingUpdate[] = [];
    const apply = async (before: string) => {
      pending.sort((a, b) => a.on.localeCompare(b.on));
      while (pending.length && pending[0].on < before) {
        const u = pending.shift()!;
        u.item.status = u.status;
        u.item.progress = u.progress;
        u.item.lastComment = u.comment;
        if (u.status === ActionItemStatus.Done || u.status === ActionItemStatus.Cancelled) u.item.closedOn = u.on;
        em.persist(
          em.create(ActionItemUpdate, {
            actionItem: u.item,
            at: new Date(`${u.on}T09:00:00Z`),
            by: 'office',
            progress: u.progress,
            status: u.status,
            comment: u.comment,
          }),
        );
      }
      await em.flush();
    };
    const started = performance.now();
    const decided = new Set<string>();
    let items = 0;
    let actions = 0;
    for (let i = 0; i < HISTORY_MONTHS; i++) {
      const month = addMonths(thisMonth, i - HISTORY_MONTHS);
      const heldOn = heldOnOf(month, i);
      await apply(heldOn);
      const draft = await draftAgenda(em, township, month, heldOn);
      const { meeting, agenda } = await writeMeeting(em, random, township, who, month, heldOn, draft.items, i);
      items += agenda.length;
      actions += writeDecisions(em, random, who, meeting, agenda, i, heldOn, todayIso, pending, decided);
      await em.flush();
    }
    await apply(plusDays(todayIso, 1));
    const draft = await draftAgenda(em, township, thisMonth, todayIso);
    const current = em.create(Meeting, {
      township,
      countyId: Number(township.path.split('/')[1]),
      month: thisMonth,
      chair: em.getReference(Cadre, who.chair),
      heldOn: heldOnOf(thisMonth, HISTORY_MONTHS) > todayIso ? heldOnOf(thisMonth, HISTORY_MONTHS) : null,
    });
    attend(em, current, who);
    draft.items.forEach((item, i) => em.persist(agendaItem(em, current, item, i + 1)));
    await em.flush();
    return `${HISTORY_MONTHS} minuted meetings of ${township.name} (${items} agenda items, ${actions} action items) and this month's draft with ${draft.items.length} proposed items in ${Math.round(performance.now() - started)} ms`;
  },
};

function agendaItem(em: EntityManager, meeting: Meeting, item: ProposedAgendaItemType, position: number): AgendaItem {
  return em.create(AgendaItem, {
    meeting,
    position,
    section: item.section,
    kind: item.kind,
    ruleKey: item.ruleKey,
    title: item.title,
    summary: item.summary,
    evidence: item.evidence,
    proposedDepartment: item.proposedDepartmentId == null ? null : em.getReference(Department, item.proposedDepartmentId),
    actionItemId: item.actionItemId,
  });
}

function attend(em: EntityManager, meeting: Meeting, p: People) {
  for (const id of [...p.heads, p.deputy, ...p.staff.slice(0, 2)]) em.persist(em.create(MeetingAttendee, { meeting, cadre: em.getReference(Cadre, id) }));
  for (const code of ['PUBLIC_SECURITY', 'HEALTH', 'CIVIL_AFFAIRS', 'WOMENS_FEDERATION']) {
    const id = p.departments.get(code);
    if (id) em.persist(em.create(MeetingAttendee, { meeting, department: em.getReference(Department, id) }));
  }
}

async function writeMeeting(
  em: EntityManager,
  random: Random,
  township: OrgUnit,
  p: People,
  month: string,
  heldOn: string,
  proposed: ProposedAgendaItemType[],
  i: number,
) {
  // Lightly edited: the participants drop one routine item and add one of their own.
  const dropped = proposed.length > 6 ? (proposed.find((item) => item.kind === AgendaItemKind.CheckRound) ?? proposed[proposed.length - 1]) : null;
  const kept = proposed.filter((item) => item !== dropped);
  const custom: ProposedAgendaItemType = {
    ruleKey: '',
    section: AgendaSection.Deployment,
    kind: AgendaItemKind.Custom,
    title: CUSTOM_ITEMS[i % CUSTOM_ITEMS.length],
    summary: `由分管领导部署${CUSTOM_ITEMS[i % CUSTOM_ITEMS.length]}。`,
    evidence: [],
    proposedDepartmentId: null,
    actionItemId: null,
  };
  const at = kept.findIndex((k) => k.section === AgendaSection.Coordination);
  kept.splice(at < 0 ? kept.length : at, 0, custom);
  const reopened = i === 2;
  const meeting = em.create(Meeting, {
    township,
    countyId: Number(township.path.split('/')[1]),
    month,
    heldOn,
    chair: em.getReference(Cadre, p.chair),
    status: MeetingStatus.Minuted,
    agendaVersion: reopened ? 2 : 1,
    finalisedAt: new Date(`${plusDays(heldOn, -1)}T08:00:00Z`),
    minutes: `${monthLabel(month)}人口和计划生育工作联席会议于${heldOn}召开。会议分析了当前人口计生工作形势，部署了下一阶段任务，协调解决了重点难点问题，形成决定事项如下。`,
  });
  attend(em, meeting, p);
  const agenda = kept.map((item, k) => {
    const row = agendaItem(em, meeting, item, k + 1);
    const by = presenter(p, item, k);
    row.presenterCadre = by.cadre == null ? null : em.getReference(Cadre, by.cadre);
    row.presenterDepartment = by.department == null ? null : em.getReference(Department, by.department);
    if (k < 5)
      row.minutes = random.pick([
        '情况属实，会议要求限期整改，下次会议汇报。',
        '会议听取汇报，同意所提措施。',
        '要求责任单位加强督导，确保按期完成。',
        '由分管领导牵头，相关部门配合落实。',
      ]);
    if (item.ruleKey === '') row.ruleKey = null;
    em.persist(row);
    return row;
  });
  await em.flush();
  const v1 = reopened ? agenda.filter((a) => a.kind !== AgendaItemKind.Custom) : agenda;
  em.persist(
    em.create(AgendaVersion, {
      meeting,
      version: 1,
      finalisedAt: new Date(`${plusDays(heldOn, reopened ? -3 : -1)}T08:00:00Z`),
      finalisedBy: 'office',
      items: v1.map(frozen),
      ...(reopened
        ? { reopenedAt: new Date(`${plusDays(heldOn, -2)}T08:00:00Z`), reopenedBy: 'leader', reopenReason: `县里通知增加“${custom.title}”议题` }
        : {}),
    }),
  );
  if (reopened)
    em.persist(
      em.create(AgendaVersion, {
        meeting,
        version: 2,
        finalisedAt: new Date(`${plusDays(heldOn, -1)}T08:00:00Z`),
        finalisedBy: 'office',
        items: agenda.map(frozen),
      }),
    );
  return { meeting, agenda };
}

/** Two or three decisions per meeting on its most actionable items; each action item gets its planned fate. */
function writeDecisions(
  em: EntityManager,
  random: Random,
  p: People,
  meeting: Meeting,
  agenda: AgendaItem[],
  i: number,
  heldOn: string,
  today: string,
  pending: PendingUpdate[],
  decided: Set<string>,
): number {
  // A matter already decided is followed up, not decided again.
  const chosen = agenda
    .filter((a) => {
      const t = decisionTemplate(a);
      return t != null && !decided.has(t.action);
    })
    .slice(0, FATES[i].length);
  for (const item of chosen) decided.add(decisionTemplate(item)!.action);
  let n = 0;
  chosen.forEach((item, j) => {
    const template = decisionTemplate(item)!;
    const decision = em.create(Decision, {
      meeting,
      agendaItem: item,
      text: template.decision,
      createdBy: 'office',
      createdAt: new Date(`${heldOn}T10:00:00Z`),
    });
    const owner = ownerFor(p, template.owner, item, j);
    const fate = FATES[i][j];
    const deadline = fate === Fate.InProgress ? plusDays(today, 20 + j) : fate === Fate.Open ? plusDays(today, 12) : plusDays(heldOn, 28);
    const action = em.create(ActionItem, {
      decision,
      meeting,
      townshipId: meeting.township.id,
      countyId: meeting.countyId,
      title: template.action,
      deadline,
      ownerCadre: owner.cadre == null ? null : em.getReference(Cadre, owner.cadre),
      ownerDepartment: owner.department == null ? null : em.getReference(Department, owner.department),
      nextReviewOn: fate === Fate.Done || fate === Fate.Cancelled ? null : plusDays(heldOn, 30),
      createdAt: new Date(`${heldOn}T10:00:00Z`),
    });
    em.persist(
      em.create(ActionItemUpdate, {
        actionItem: action,
        at: new Date(`${heldOn}T10:00:00Z`),
        by: 'office',
        progress: 0,
        status: ActionItemStatus.Open,
        comment: '会议决定',
      }),
    );
    for (const step of planSteps(fate, heldOn, deadline, random)) if (step.on <= today) pending.push({ ...step, item: action });
    n++;
  });
  return n;
}

function ownerFor(p: People, owner: Owner, item: AgendaItem, j: number): { cadre: number | null; department: number | null } {
  const department = owner === 'department' ? (item.proposedDepartment?.id ?? p.departments.get('PUBLIC_SECURITY')) : undefined;
  if (department) return { cadre: null, department };
  if (owner === 'deputy') return { cadre: p.deputy, department: null };
  if (owner === 'stationed') return { cadre: p.stationed[j % p.stationed.length], department: null };
  return { cadre: p.staff[j % p.staff.length], department: null };
}

function planSteps(fate: Fate, heldOn: string, deadline: string, random: Random): Omit<PendingUpdate, 'item'>[] {
  const step = (days: number, status: ActionItemStatus, progress: number, comment: string) => ({ on: plusDays(heldOn, days), status, progress, comment });
  switch (fate) {
    case Fate.Done:
      return [
        step(7 + random.int(0, 3), ActionItemStatus.InProgress, 50, '已制定方案，正在逐村落实'),
        { on: plusDays(deadline, -3), status: ActionItemStatus.Done, progress: 100, comment: '已按期完成，资料已归档' },
      ];
    case Fate.DoneLate:
      return [
        step(10, ActionItemStatus.InProgress, 30, '进度滞后，已督促'),
        { on: plusDays(deadline, 9), status: ActionItemStatus.Done, progress: 100, comment: '逾期 9 天完成，已作说明' },
      ];
    case Fate.Cancelled:
      return [step(12, ActionItemStatus.Cancelled, 20, '因县里统一部署调整，本项撤销并入专项行动')];
    case Fate.Overdue:
      return [step(10, ActionItemStatus.InProgress, 30, '已入户核查一半'), step(40, ActionItemStatus.InProgress, 60, '剩余对象外出务工，需协调')];
    case Fate.InProgress:
      return [step(8, ActionItemStatus.InProgress, 40, '正在推进')];
    case Fate.Open:
      return [];
  }
}
