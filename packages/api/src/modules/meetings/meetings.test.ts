import { beforeAll, describe, expect, it } from 'vitest';
import { withSmallCounty } from '../../test/fixtures.js';
import { callerAs, errorOf } from '../../test/graphql.js';

/**
 * The meeting's life on the small county (test/fixtures.ts): 东镇 meets for 2026-10; figures are
 * those of the fixture table, computed by hand.
 */
const county = withSmallCounty();
const office = callerAs('office', () => county.db.orm);
const leader = callerAs('leader', () => county.db.orm);
const analyst = callerAs('analyst', () => county.db.orm);
const village = callerAs('village', () => county.db.orm);
const eastLeader = callerAs('eastleader', () => county.db.orm);
const department = callerAs('department', () => county.db.orm);

const rows = (sql: string, params: unknown[] = []) => county.db.orm.em.getConnection().execute(sql, params);
const count = async (table: string) => Number((await rows(`select count(*) as n from ${table}`))[0].n);
const audits = async (action: string) => rows('select * from audit_record where action = ? order by id', [action]);

let cadreId: number;
let westCadreId: number;
let policeId: number;
let healthId: number;
beforeAll(async () => {
  [{ id: cadreId }] = await rows(`select id from cadre where name = '王东'`);
  [{ id: westCadreId }] = await rows(`select id from cadre where name = '李西'`);
  [{ id: policeId }] = await rows(`insert into department (org_unit_id, code, name) values (?, 'PUBLIC_SECURITY', '东镇派出所') returning id`, [
    county.ids.eastId,
  ]);
  [{ id: healthId }] = await rows(`insert into department (org_unit_id, code, name) values (?, 'HEALTH', '东镇卫生院') returning id`, [county.ids.eastId]);
});

const DRAFT = `query($t: ID!, $m: Month!) { draftAgenda(townshipId: $t, month: $m) { month items { ruleKey section kind title summary actionItem { id }
  evidence { label value unit numerator denominator lastMonth lastYear orgUnitId period link } } } }`;
const MEETING = `id month status agendaVersion heldOn chair { name } attendees { cadre { name } department { name } note }
  agenda { id position section kind ruleKey title summary minutes presenterCadre { name } presenterDepartment { name } actionItem { id } }
  agendaVersions { version finalisedBy reopenReason items { id title position } } decisions { text actionItems { id title ownerName status } }`;
const CREATE = `mutation($input: CreateMeetingInput!) { createMeeting(input: $input) { ${MEETING} } }`;
const GET = `query($id: ID!) { meeting(id: $id) { ${MEETING} } }`;

let meetingId: string;

describe('the agenda draft', () => {
  it('proposes the key indicators of the month with the fixture’s figures against last month', async () => {
    const { draftAgenda } = await office.data(DRAFT, { t: county.ids.eastId, m: '2026-10' });
    const checks = draftAgenda.items.find((i: { ruleKey: string }) => i.ruleKey === 'INDICATOR_CHANGE:HEALTH_CHECK_RATE');
    // 东镇 2026-10: (10 + 15) / (10 + 30) = 62.5%; 2026-09: 18/20 = 90%; 东一村 moved 90% → 100%.
    expect(checks.section).toBe('SITUATION');
    expect(checks.evidence[0]).toMatchObject({
      value: 62.5,
      unit: '%',
      numerator: 25,
      denominator: 40,
      lastMonth: 90,
      lastYear: null,
      period: '2026-10',
      link: `/villages?township=${county.ids.eastId}`,
    });
    expect(checks.evidence[1]).toMatchObject({
      label: '健康查体率（东一村）',
      value: 100,
      numerator: 10,
      denominator: 10,
      lastMonth: 90,
      link: `/villages/${county.ids.east1Id}`,
    });
    expect(checks.summary).toBe('东镇2026年10月健康查体率 62.5%（25/40），比上月 下降 27.5个百分点，比去年同期 无可比数据；变动较大的村：东一村 90%→100%。');
  });

  it('refuses a month that is not a month and a township outside the scope', async () => {
    expect(errorOf(await office.run(DRAFT, { t: county.ids.eastId, m: '2026-13' }))).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(errorOf(await village.run(DRAFT, { t: county.ids.eastId, m: '2026-10' }))).toMatchObject({ code: 'NOT_FOUND' });
    expect(errorOf(await eastLeader.run(DRAFT, { t: county.ids.westId, m: '2026-10' }))).toMatchObject({ code: 'NOT_FOUND' });
    expect(errorOf(await office.run(DRAFT, { t: county.ids.east1Id, m: '2026-10' }))).toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('a meeting from draft to minutes', () => {
  it('refuses bad input with a coded error naming the field, and writes nothing', async () => {
    const base = { townshipId: county.ids.eastId, month: '2026-10' };
    const cases: [Record<string, unknown>, string][] = [
      [{ ...base, chairCadreId: westCadreId }, 'input.chairCadreId'],
      [{ ...base, attendees: [{ cadreId, departmentId: policeId }] }, 'input.attendees.0'],
      [{ ...base, attendees: [{ cadreId }, { cadreId }] }, 'input.attendees.1'],
      [{ ...base, heldOn: '2026-11-02' }, 'input.heldOn'],
      [{ ...base, townshipId: county.ids.east1Id }, 'input.townshipId'],
    ];
    for (const [input, field] of cases) expect(errorOf(await office.run(CREATE, { input })), field).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(errorOf(await analyst.run(CREATE, { input: base }))).toMatchObject({ code: 'FORBIDDEN' });
    expect(await count('meeting')).toBe(0);
    expect(await count('agenda_item')).toBe(0);
  });

  it('creates the meeting with its agenda seeded from the live draft', async () => {
    const { draftAgenda } = await office.data(DRAFT, { t: county.ids.eastId, m: '2026-10' });
    const { createMeeting } = await office.data(CREATE, {
      input: {
        townshipId: county.ids.eastId,
        month: '2026-10',
        heldOn: '2026-10-12',
        chairCadreId: cadreId,
        attendees: [{ cadreId }, { departmentId: policeId, note: '列席' }],
      },
    });
    meetingId = createMeeting.id;
    expect(createMeeting).toMatchObject({
      status: 'DRAFT',
      agendaVersion: 1,
      chair: { name: '王东' },
      attendees: [{ cadre: { name: '王东' } }, { department: { name: '东镇派出所' }, note: '列席' }],
    });
    expect(createMeeting.agenda.map((a: { ruleKey: string }) => a.ruleKey)).toEqual(draftAgenda.items.map((i: { ruleKey: string }) => i.ruleKey));
    expect(createMeeting.agenda.map((a: { position: number }) => a.position)).toEqual(draftAgenda.items.map((_: unknown, i: number) => i + 1));
    expect(errorOf(await office.run(CREATE, { input: { townshipId: county.ids.eastId, month: '2026-10' } }))).toMatchObject({
      code: 'CONFLICT',
      field: 'input.month',
    });
    expect(await audits('createMeeting')).toHaveLength(1);
  });

  it('changes date, chair and attendees (replacing the list), audited with before and after', async () => {
    const UPDATE = `mutation($id: ID!, $input: UpdateMeetingInput!) { updateMeeting(id: $id, input: $input) { heldOn chair { name } attendees { cadre { name } department { name } } } }`;
    expect(errorOf(await office.run(UPDATE, { id: meetingId, input: { attendees: [{ departmentId: 999999 }] } }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.attendees.0.departmentId',
    });
    const { updateMeeting } = await office.data(UPDATE, {
      id: meetingId,
      input: { heldOn: '2026-10-15', attendees: [{ departmentId: healthId }, { cadreId }] },
    });
    expect(updateMeeting).toEqual({
      heldOn: '2026-10-15',
      chair: { name: '王东' },
      attendees: [
        { cadre: null, department: { name: '东镇卫生院' } },
        { cadre: { name: '王东' }, department: null },
      ],
    });
    const [record] = await audits('updateMeeting');
    expect(record.before.attendees).toHaveLength(2);
    expect(record.after).toMatchObject({ heldOn: '2026-10-15', attendees: [{ department_id: healthId }, { cadre_id: cadreId }] });
  });

  it('lets participants add, edit, reorder and remove items, each change audited', async () => {
    const { addAgendaItem } = await office.data(`mutation($input: AddAgendaItemInput!) { addAgendaItem(input: $input) { id position section kind } }`, {
      input: { meetingId, section: 'COORDINATION', title: '流动人口协查', summary: '派出所通报', presenterDepartmentId: policeId },
    });
    expect(addAgendaItem).toMatchObject({ section: 'COORDINATION', kind: 'CUSTOM' });
    const first = (await office.data(GET, { id: meetingId })).meeting.agenda[0];
    const { updateAgendaItem } = await office.data(
      `mutation($id: ID!, $input: UpdateAgendaItemInput!) { updateAgendaItem(id: $id, input: $input) { title presenterCadre { name } section } }`,
      { id: first.id, input: { title: '健康查体情况分析', presenterCadreId: cadreId } },
    );
    expect(updateAgendaItem).toMatchObject({ title: '健康查体情况分析', presenterCadre: { name: '王东' }, section: 'SITUATION' });
    expect(
      errorOf(
        await office.run(`mutation($id: ID!, $input: UpdateAgendaItemInput!) { updateAgendaItem(id: $id, input: $input) { id } }`, {
          id: first.id,
          input: { presenterDepartmentId: 999999 },
        }),
      ),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.presenterDepartmentId' });

    const ids = (await office.data(GET, { id: meetingId })).meeting.agenda.map((a: { id: string }) => a.id);
    const reversed = [...ids].reverse();
    const { reorderAgendaItems } = await office.data(
      `mutation($m: ID!, $ids: [ID!]!) { reorderAgendaItems(meetingId: $m, itemIds: $ids) { agenda { id position } } }`,
      { m: meetingId, ids: reversed },
    );
    expect(reorderAgendaItems.agenda.map((a: { id: string }) => a.id)).toEqual(reversed);
    expect(
      errorOf(
        await office.run(`mutation($m: ID!, $ids: [ID!]!) { reorderAgendaItems(meetingId: $m, itemIds: $ids) { id } }`, { m: meetingId, ids: ids.slice(1) }),
      ),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'itemIds' });

    const { removeAgendaItem } = await office.data(`mutation($id: ID!) { removeAgendaItem(id: $id) { agenda { id position } } }`, { id: reversed[0] });
    expect(removeAgendaItem.agenda.map((a: { id: string }) => a.id)).toEqual(reversed.slice(1));
    expect(removeAgendaItem.agenda.map((a: { position: number }) => a.position)).toEqual(reversed.slice(1).map((_, i) => i + 1));
    for (const action of ['addAgendaItem', 'updateAgendaItem', 'reorderAgendaItems', 'removeAgendaItem']) expect(await audits(action), action).toHaveLength(1);
  });

  it('finalises the agenda as version 1 and refuses any change until it is reopened with a reason', async () => {
    expect(errorOf(await office.run(`mutation($m: ID!) { finaliseAgenda(meetingId: $m, expectedVersion: 2) { id } }`, { m: meetingId }))).toMatchObject({
      code: 'CONFLICT',
      field: 'expectedVersion',
    });
    const { finaliseAgenda } = await leader.data(`mutation($m: ID!) { finaliseAgenda(meetingId: $m, expectedVersion: 1) { ${MEETING} } }`, { m: meetingId });
    expect(finaliseAgenda).toMatchObject({
      status: 'FINALISED',
      agendaVersion: 1,
      agendaVersions: [{ version: 1, finalisedBy: 'leader', reopenReason: null }],
    });
    expect(finaliseAgenda.agendaVersions[0].items.map((i: { id: string }) => i.id)).toEqual(finaliseAgenda.agenda.map((i: { id: string }) => i.id));

    const before = await rows('select id, position, title from agenda_item order by id');
    const refused = [
      await office.run(`mutation($input: AddAgendaItemInput!) { addAgendaItem(input: $input) { id } }`, {
        input: { meetingId, section: 'SITUATION', title: '临时加题' },
      }),
      await office.run(`mutation($id: ID!) { updateAgendaItem(id: $id, input: { title: "改题" }) { id } }`, { id: finaliseAgenda.agenda[0].id }),
      await office.run(`mutation($id: ID!) { removeAgendaItem(id: $id) { id } }`, { id: finaliseAgenda.agenda[0].id }),
      await office.run(`mutation($m: ID!) { finaliseAgenda(meetingId: $m, expectedVersion: 1) { id } }`, { m: meetingId }),
    ];
    for (const r of refused) expect(errorOf(r)).toMatchObject({ code: 'CONFLICT' });
    expect(await rows('select id, position, title from agenda_item order by id')).toEqual(before);

    expect(errorOf(await office.run(`mutation($m: ID!) { reopenAgenda(meetingId: $m, reason: "改") { id } }`, { m: meetingId }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'reason',
    });
    const { reopenAgenda } = await leader.data(
      `mutation($m: ID!) { reopenAgenda(meetingId: $m, reason: "县里要求增加流动人口议题") { status agendaVersion } }`,
      { m: meetingId },
    );
    expect(reopenAgenda).toEqual({ status: 'DRAFT', agendaVersion: 2 });
    await office.data(`mutation($input: AddAgendaItemInput!) { addAgendaItem(input: $input) { id } }`, {
      input: { meetingId, section: 'DEPLOYMENT', title: '流动人口清理清查' },
    });
    await leader.data(`mutation($m: ID!) { finaliseAgenda(meetingId: $m, expectedVersion: 2) { id } }`, { m: meetingId });
    const { meeting } = await office.data(GET, { id: meetingId });
    expect(meeting.agendaVersions.map((v: { version: number; reopenReason: string | null }) => [v.version, v.reopenReason])).toEqual([
      [2, null],
      [1, '县里要求增加流动人口议题'],
    ]);
    expect(meeting.agendaVersions[0].items).toHaveLength(meeting.agendaVersions[1].items.length + 1);
    expect(await audits('reopenAgenda')).toHaveLength(1);
  });

  it('records minutes and decisions with action items; bad owners write nothing', async () => {
    const { meeting } = await office.data(GET, { id: meetingId });
    const { recordMinutes } = await office.data(
      `mutation($input: RecordMinutesInput!) { recordMinutes(input: $input) { status minutes agenda { id minutes } } }`,
      {
        input: {
          meetingId,
          minutes: '会议纪要：分析形势，部署任务。',
          // The minutes form sends every item; one the meeting said nothing about is empty.
          items: [
            { agendaItemId: meeting.agenda[0].id, minutes: '同意' },
            { agendaItemId: meeting.agenda[1].id, minutes: '' },
          ],
        },
      },
    );
    expect(recordMinutes).toMatchObject({ status: 'MINUTED', minutes: '会议纪要：分析形势，部署任务。' });
    const minutesOf = (id: string) => recordMinutes.agenda.find((a: { id: string }) => a.id === id).minutes;
    expect(minutesOf(meeting.agenda[0].id)).toBe('同意');
    expect(minutesOf(meeting.agenda[1].id)).toBeNull();
    expect(errorOf(await office.run(`mutation($m: ID!) { reopenAgenda(meetingId: $m, reason: "会后想改议程") { id } }`, { m: meetingId }))).toMatchObject({
      code: 'CONFLICT',
    });

    const DECIDE = `mutation($input: RecordDecisionInput!) { recordDecision(input: $input) { id text agendaItem { id } actionItems { id title ownerName status progress deadline overdue } } }`;
    const bad: [Record<string, unknown>, string][] = [
      [{ title: '两个负责人', ownerCadreId: cadreId, ownerDepartmentId: policeId, deadline: '2026-10-31' }, 'input.actionItems.1.ownerCadreId'],
      [{ title: '外乡干部', ownerCadreId: westCadreId, deadline: '2026-10-31' }, 'input.actionItems.1.ownerCadreId'],
      [{ title: '期限太早', ownerCadreId: cadreId, deadline: '2026-09-30' }, 'input.actionItems.1.deadline'],
    ];
    for (const [second, field] of bad) {
      const r = await office.run(DECIDE, {
        input: { meetingId, text: '决定', actionItems: [{ title: '好的', ownerDepartmentId: policeId, deadline: '2026-10-31' }, second] },
      });
      expect(errorOf(r), field).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    expect(await count('meeting_decision')).toBe(0);
    expect(await count('action_item')).toBe(0);

    const { recordDecision } = await office.data(DECIDE, {
      input: {
        meetingId,
        agendaItemId: meeting.agenda[0].id,
        text: '开展健康查体补查',
        actionItems: [
          { title: '东二村健康查体补查', ownerCadreId: cadreId, deadline: '2026-10-31' },
          { title: '流动人口信息核对', ownerDepartmentId: policeId, deadline: '2099-12-31' },
          { title: '卫生院随访', ownerDepartmentId: healthId, deadline: '2099-12-31' },
        ],
      },
    });
    expect(recordDecision.actionItems).toMatchObject([
      { title: '东二村健康查体补查', ownerName: '王东', status: 'OPEN', progress: 0, overdue: true },
      { title: '流动人口信息核对', ownerName: '东镇派出所', status: 'OPEN', overdue: false },
      { title: '卫生院随访', ownerName: '东镇卫生院', status: 'OPEN', overdue: false },
    ]);
    expect(await audits('recordDecision')).toHaveLength(1);
  });
});

describe('action items', () => {
  const UPDATE = `mutation($id: ID!, $input: UpdateActionItemInput!) { updateActionItem(id: $id, input: $input) { id status progress closedOn lastComment updates { status progress comment by } } }`;
  const LIST = `query($f: ActionItemFilter) { actionItems(first: 10, filter: $f) { totalCount nodes { id title status overdue } } }`;
  const items = async () =>
    (await office.data(LIST, { f: { meetingId } })).actionItems.nodes as { id: string; title: string; status: string; overdue: boolean }[];

  it('filters by owner, status and overdue', async () => {
    expect((await office.data(LIST, { f: { overdue: true } })).actionItems).toMatchObject({ totalCount: 1, nodes: [{ title: '东二村健康查体补查' }] });
    expect((await office.data(LIST, { f: { ownerDepartmentId: policeId } })).actionItems).toMatchObject({
      totalCount: 1,
      nodes: [{ title: '流动人口信息核对' }],
    });
    expect((await office.data(LIST, { f: { ownerCadreId: cadreId, status: ['OPEN'] } })).actionItems.totalCount).toBe(1);
    expect((await office.data(LIST, { f: { status: ['DONE'] } })).actionItems.totalCount).toBe(0);
    expect((await office.data(LIST, { f: { townshipId: county.ids.westId } })).actionItems.totalCount).toBe(0);
  });

  it('records progress in the item’s history; DONE means 100; a department reports only on department items', async () => {
    const byTitle = new Map((await items()).map((i) => [i.title, i]));
    const [cadreItem, policeItem, healthItem] = ['东二村健康查体补查', '流动人口信息核对', '卫生院随访'].map((t) => byTitle.get(t)!);
    const { updateActionItem } = await department.data(UPDATE, { id: policeItem.id, input: { progress: 40, comment: '已核对一半' } });
    expect(updateActionItem).toMatchObject({ status: 'IN_PROGRESS', progress: 40, lastComment: '已核对一半' });
    expect(updateActionItem.updates.map((u: { by: string; progress: number }) => [u.by, u.progress])).toEqual([
      ['office', 0],
      ['department', 40],
    ]);
    expect(errorOf(await department.run(UPDATE, { id: cadreItem.id, input: { progress: 10 } }))).toMatchObject({ code: 'FORBIDDEN' });
    expect(errorOf(await office.run(UPDATE, { id: cadreItem.id, input: { status: 'DONE', progress: 50 } }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.progress',
    });
    expect(errorOf(await office.run(UPDATE, { id: cadreItem.id, input: { progress: 101 } }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.progress',
    });
    const done = (await office.data(UPDATE, { id: cadreItem.id, input: { status: 'DONE', comment: '已补查完毕' } })).updateActionItem;
    expect(done).toMatchObject({ status: 'DONE', progress: 100, closedOn: new Date().toISOString().slice(0, 10) });
    expect(errorOf(await office.run(UPDATE, { id: cadreItem.id, input: { status: 'OPEN' } }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.status' });
    await office.data(UPDATE, { id: healthItem.id, input: { status: 'CANCELLED', comment: '并入专项' } });
    expect(await audits('updateActionItem')).toHaveLength(3);
  });

  it('brings the open item back on the next month’s draft and agenda, and reports done ones since', async () => {
    const policeItem = (await items()).find((i) => i.title === '流动人口信息核对')!;
    const { draftAgenda } = await office.data(DRAFT, { t: county.ids.eastId, m: '2026-11' });
    const followUps = draftAgenda.items.filter((i: { kind: string }) => i.kind === 'ACTION_ITEM_FOLLOW_UP');
    expect(followUps).toHaveLength(1);
    expect(followUps[0]).toMatchObject({ section: 'SITUATION', title: '督办：流动人口信息核对', actionItem: { id: policeItem.id } });
    expect(followUps[0].summary).toContain('进度 40%');
    const doneItem = draftAgenda.items.find((i: { kind: string }) => i.kind === 'ACTION_ITEMS_DONE');
    expect(doneItem.summary).toContain('东二村健康查体补查');

    const { createMeeting } = await office.data(CREATE, { input: { townshipId: county.ids.eastId, month: '2026-11' } });
    expect(
      createMeeting.agenda.filter((a: { kind: string }) => a.kind === 'ACTION_ITEM_FOLLOW_UP').map((a: { actionItem: { id: string } }) => a.actionItem.id),
    ).toEqual([policeItem.id]);
  });

  it('sums them up in the supervision bulletin and the next meeting', async () => {
    const { supervisionBulletin } = await office.data(
      `query($t: ID!) { supervisionBulletin(townshipId: $t, month: "2026-11") {
      month counts { status count } overdueCount overdue { title } open { title } doneSinceLastMeeting { title } previousMeeting { month } } }`,
      { t: county.ids.eastId },
    );
    expect(supervisionBulletin).toMatchObject({
      counts: [
        { status: 'OPEN', count: 0 },
        { status: 'IN_PROGRESS', count: 1 },
        { status: 'DONE', count: 1 },
        { status: 'CANCELLED', count: 1 },
      ],
      overdueCount: 0,
      overdue: [],
      open: [{ title: '流动人口信息核对' }],
      doneSinceLastMeeting: [{ title: '东二村健康查体补查' }],
      previousMeeting: { month: '2026-10' },
    });
    const { nextMeeting } = await office.data(
      `query($t: ID!) { nextMeeting(townshipId: $t, top: 3) { month meeting { month } topItems { kind title } openActionItems overdueActionItems } }`,
      { t: county.ids.eastId },
    );
    expect(nextMeeting).toMatchObject({ openActionItems: 1, overdueActionItems: 0 });
    expect(nextMeeting.topItems.length).toBeLessThanOrEqual(3);
  });
});

describe('scope', () => {
  it('shows a village officer no meeting and refuses them a meeting of the township by id', async () => {
    expect((await village.data(`{ meetings(first: 10) { totalCount nodes { id } } }`)).meetings.totalCount).toBe(0);
    expect(errorOf(await village.run(GET, { id: meetingId }))).toMatchObject({ code: 'NOT_FOUND' });
    expect((await village.data(`{ actionItems(first: 10) { totalCount } }`)).actionItems.totalCount).toBe(0);
    expect(
      errorOf(await village.run(`query($t: ID!) { supervisionBulletin(townshipId: $t, month: "2026-11") { month } }`, { t: county.ids.eastId })),
    ).toMatchObject({ code: 'NOT_FOUND' });
    expect(
      errorOf(
        await village.run(`mutation($input: CreateMeetingInput!) { createMeeting(input: $input) { id } }`, {
          input: { townshipId: county.ids.eastId, month: '2026-12' },
        }),
      ),
    ).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('gives a township leader their own township’s meetings only', async () => {
    expect((await eastLeader.data(`{ meetings(first: 10) { totalCount } }`)).meetings.totalCount).toBe(2);
    expect(
      errorOf(
        await eastLeader.run(`mutation($input: CreateMeetingInput!) { createMeeting(input: $input) { id } }`, {
          input: { townshipId: county.ids.westId, month: '2026-10' },
        }),
      ),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.townshipId' });
  });
});
