import { describe, expect, it } from 'vitest';
import { DEFAULT_TIME_LIMITS, deadlinesFor } from '@township/shared';
import { withSmallCounty } from '../../test/fixtures.js';
import { callerAs, errorOf } from '../../test/graphql.js';
import { petitionsAboveCounty } from './index.js';

const county = withSmallCounty();
const office = callerAs('office', () => county.db.orm);
const leader = callerAs('leader', () => county.db.orm);
const village = callerAs('village', () => county.db.orm);
const analyst = callerAs('analyst', () => county.db.orm);

const REGISTER = `mutation($input: RegisterComplaintInput!) { registerComplaint(input: $input) {
  id status urgency receivedAt acceptDueAt replyDueAt owner { displayName } registeredBy { displayName } complainantPhone complainantIdNumber
  anonymous duplicateOf { id } complainant { id complaintCount } allowedActions } }`;
const TIMELINE = `query($id: ID!) { complaint(id: $id) { status reopenCount replyDueAt satisfaction resolved closedAt owner { displayName }
  events { kind fromStatus toStatus note satisfaction actor { displayName } fromOwner { displayName } toOwner { displayName } }
  accountability { reason measure responsible { displayName } recordedBy { displayName } } } }`;
const intake = (overrides: Record<string, unknown> = {}) => ({
  villageId: county.ids.east1Id,
  channel: 'CONSULTATION_HOTLINE',
  category: 'REWARD_ASSISTANCE',
  description: '询问独生子女父母奖励何时发放',
  complainantName: '孙七',
  complainantPhone: '+86 139-0000-0007',
  ...overrides,
});
const step = (mutation: string, args = '') => `mutation($id: ID!) { ${mutation}(id: $id${args}) { status } }`;
const usersByName = async () =>
  Object.fromEntries((await county.db.orm.em.execute<{ id: number; username: string }[]>('select id, username from app_user')).map((u) => [u.username, u.id]));
const rowCount = async (table: string) => (await county.db.orm.em.execute<{ n: number }[]>(`select count(*)::int as n from ${table}`))[0].n;

describe('from intake to close (首问责任制, 限时办结制)', () => {
  it('takes a complaint through every step, recording who and when', async () => {
    const { registerComplaint: c } = await office.data(REGISTER, { input: intake() });
    // The registrant owns it; the deadlines follow the common default for a GENERAL matter.
    const expected = deadlinesFor(new Date(c.receivedAt), DEFAULT_TIME_LIMITS.GENERAL);
    expect(c).toMatchObject({
      status: 'RECEIVED',
      urgency: 'GENERAL',
      owner: { displayName: 'office' },
      registeredBy: { displayName: 'office' },
      complainantPhone: '13900000007',
      anonymous: false,
      duplicateOf: null,
      complainant: { complaintCount: 1 },
      acceptDueAt: expected.acceptDueAt.toISOString(),
      replyDueAt: expected.replyDueAt.toISOString(),
      allowedActions: ['ACCEPT', 'HAND_OVER', 'ESCALATE'],
    });
    for (const [mutation, args, status] of [
      ['acceptComplaint', '', 'ACCEPTED'],
      ['startComplaint', ', note: "已联系村计生主任核实"', 'IN_PROGRESS'],
      ['replyToComplaint', ', reply: "奖励金将于本月底前发放到户"', 'REPLIED'],
    ]) {
      expect((await office.data(step(mutation, args), { id: c.id }))[mutation].status).toBe(status);
    }
    const early = await office.run(step('closeComplaint'), { id: c.id });
    expect(errorOf(early)).toMatchObject({ code: 'CONFLICT', field: 'id' });
    expect(errorOf(early)?.message).toMatch(/follow-up call/);
    await office.data(`mutation($id: ID!) { followUpComplaint(id: $id, input: { satisfaction: SATISFIED, resolved: true, note: "已收到" }) { status } }`, {
      id: c.id,
    });
    expect((await office.data(step('closeComplaint'), { id: c.id })).closeComplaint.status).toBe('CLOSED');

    const { complaint } = await office.data(TIMELINE, { id: c.id });
    expect(complaint).toMatchObject({ status: 'CLOSED', satisfaction: 'SATISFIED', resolved: true, accountability: [] });
    expect(complaint.events.map((e: { kind: string; fromStatus: string | null; toStatus: string | null }) => [e.kind, e.fromStatus, e.toStatus])).toEqual([
      ['REGISTERED', null, 'RECEIVED'],
      ['ACCEPT', 'RECEIVED', 'ACCEPTED'],
      ['START', 'ACCEPTED', 'IN_PROGRESS'],
      ['REPLY', 'IN_PROGRESS', 'REPLIED'],
      ['FOLLOW_UP', 'REPLIED', 'REPLIED'],
      ['CLOSE', 'REPLIED', 'CLOSED'],
    ]);
    expect(complaint.events[3]).toMatchObject({ note: '奖励金将于本月底前发放到户', actor: { displayName: 'office' } });
    expect(complaint.events[4]).toMatchObject({ satisfaction: 'SATISFIED', note: '已收到' });

    // Reopening starts a new round with a reply deadline counted from now; the last round stays in the timeline.
    await leader.data(`mutation($id: ID!) { reopenComplaint(id: $id, reason: "群众反映仍未到账") { status } }`, { id: c.id });
    const reopened = (await office.data(TIMELINE, { id: c.id })).complaint;
    expect(reopened).toMatchObject({ status: 'IN_PROGRESS', reopenCount: 1, satisfaction: null, closedAt: null });
    expect(reopened.replyDueAt).toBe(deadlinesFor(new Date(), DEFAULT_TIME_LIMITS.GENERAL).replyDueAt.toISOString());
    expect(reopened.events.at(-1)).toMatchObject({ kind: 'REOPEN', note: '群众反映仍未到账', actor: { displayName: 'leader' } });

    const audits = await county.db.orm.em.execute<{ action: string; after: Record<string, unknown> }[]>(
      `select action, after from audit_record where entity_type = 'Complaint' and entity_id = ? order by id`,
      [String(c.id)],
    );
    expect(audits.map((a) => a.action)).toEqual([
      'registerComplaint',
      'acceptComplaint',
      'startComplaint',
      'replyComplaint',
      'followUpComplaint',
      'closeComplaint',
      'reopenComplaint',
    ]);
    // The audit trail says which identity parts were given, never the values.
    expect(JSON.stringify(audits)).not.toContain('13900000007');
    expect(audits[0].after.complainantGiven).toEqual({ name: true, phone: true, idNumber: false });
  });

  it('refuses illegal transitions with a coded error, and steps by anyone but the owner', async () => {
    const { registerComplaint: c } = await office.data(REGISTER, { input: intake({ complainantName: null, complainantPhone: null }) });
    for (const mutation of ['startComplaint', 'closeComplaint', 'reopenComplaint']) {
      const args = mutation === 'reopenComplaint' ? ', reason: "再办"' : '';
      const result = await office.run(step(mutation, args), { id: c.id });
      expect(errorOf(result), mutation).toMatchObject({ code: 'CONFLICT', field: 'id' });
      expect(errorOf(result)?.message).toMatch(/it is RECEIVED/);
    }
    const notOwner = await leader.run(step('acceptComplaint'), { id: c.id });
    expect(errorOf(notOwner)?.code).toBe('FORBIDDEN');
    expect(errorOf(notOwner)?.message).toMatch(/Only the owner .* \(office\)/);
    expect(errorOf(await analyst.run(step('acceptComplaint'), { id: c.id }))?.code).toBe('FORBIDDEN');
    expect(errorOf(await office.run(step('replyToComplaint', ', reply: ""'), { id: c.id }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reply' });
  });

  it('hands a complaint over with its reason; the new owner takes the steps', async () => {
    const users = await usersByName();
    const { registerComplaint: c } = await office.data(REGISTER, { input: intake({ complainantPhone: '13900000008' }) });
    const handOver = `mutation($id: ID!, $to: ID!) { handOverComplaint(id: $id, toUserId: $to, reason: "请村计生专干上门核实") { owner { displayName } } }`;
    // 西一村 is outside the village officer's scope.
    const elsewhere = await office.data(REGISTER, { input: intake({ villageId: county.ids.west1Id }) });
    expect(errorOf(await office.run(handOver, { id: elsewhere.registerComplaint.id, to: users.village }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'toUserId',
    });
    expect(errorOf(await office.run(handOver, { id: c.id, to: users.analyst }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'toUserId' });

    expect((await office.data(handOver, { id: c.id, to: users.village })).handOverComplaint.owner).toEqual({ displayName: 'village' });
    expect(errorOf(await office.run(step('acceptComplaint'), { id: c.id }))?.code).toBe('FORBIDDEN');
    await village.data(step('acceptComplaint'), { id: c.id });
    const { complaint } = await office.data(TIMELINE, { id: c.id });
    expect(complaint.events[1]).toMatchObject({
      kind: 'HAND_OVER',
      note: '请村计生专干上门核实',
      fromOwner: { displayName: 'office' },
      toOwner: { displayName: 'village' },
    });
    expect(complaint.events[2]).toMatchObject({ kind: 'ACCEPT', actor: { displayName: 'village' } });
  });

  it('opens an accountability record against whoever held the case when a deadline passed', async () => {
    const users = await usersByName();
    // A letter opened ten days late: its acceptance deadline has passed; the leader then takes it over.
    const receivedAt = new Date(Date.now() - 10 * 86_400_000).toISOString();
    const { registerComplaint: c } = await office.data(REGISTER, { input: intake({ receivedAt, channel: 'LETTER', complainantPhone: null }) });
    await leader.data(`mutation($id: ID!, $to: ID!) { handOverComplaint(id: $id, toUserId: $to, reason: "领导接办") { id } }`, { id: c.id, to: users.leader });
    await leader.data(step('acceptComplaint'), { id: c.id });
    const { complaint } = await office.data(TIMELINE, { id: c.id });
    // office held it when the deadline passed (the deadline fell before registration: the registrant).
    expect(complaint.accountability).toEqual([{ reason: 'LATE_ACCEPTANCE', measure: null, responsible: { displayName: 'office' }, recordedBy: null }]);
    expect(complaint.events.at(-1)).toMatchObject({ kind: 'ACCOUNTABILITY', actor: null });

    const { complaintAccountabilities } = await leader.data(
      `{ complaintAccountabilities(first: 10, pending: true) { totalCount nodes { id reason complaint { id } } } }`,
    );
    const record = complaintAccountabilities.nodes.find((n: { complaint: { id: string } }) => n.complaint.id === c.id);
    const decide = `mutation($id: ID!) { decideComplaintAccountability(id: $id, input: { measure: CRITICISM, note: "批评教育，限期整改" }) { measure decidedBy { displayName } } }`;
    expect(errorOf(await office.run(decide, { id: record.id }))?.code).toBe('FORBIDDEN');
    expect((await leader.data(decide, { id: record.id })).decideComplaintAccountability).toEqual({
      measure: 'CRITICISM',
      decidedBy: { displayName: 'leader' },
    });
    expect(errorOf(await leader.run(decide, { id: record.id }))?.code).toBe('CONFLICT');
  });

  it('opens accountability by hand only where the facts bear it out', async () => {
    const { registerComplaint: c } = await office.data(REGISTER, { input: intake({ complainantPhone: null }) });
    const record = `mutation($id: ID!, $reason: AccountabilityReason!) { recordComplaintAccountability(input: { complaintId: $id, reason: $reason, note: "经查属实" }) { reason responsible { displayName } } }`;
    for (const reason of ['OVERDUE', 'POOR_HANDLING', 'ESCALATION', 'LATE_REPLY']) {
      expect(errorOf(await leader.run(record, { id: c.id, reason })), reason).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.reason' });
    }
    // Escalated above county: a veto event for the village, and an accountability record by itself.
    await office.data(`mutation($id: ID!) { escalateComplaint(id: $id, level: ABOVE_COUNTY, note: "群众赴市上访") { level } }`, { id: c.id });
    const lower = await office.run(`mutation($id: ID!) { escalateComplaint(id: $id, level: COUNTY) { level } }`, { id: c.id });
    expect(errorOf(lower)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'level' });
    expect(errorOf(await leader.run(record, { id: c.id, reason: 'ESCALATION' }))?.code).toBe('CONFLICT');
    expect(errorOf(await analyst.run(record, { id: c.id, reason: 'ESCALATION' }))?.code).toBe('FORBIDDEN');

    const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
    const petitions = await petitionsAboveCounty(county.db.orm.em.fork(), [county.ids.east1Id, county.ids.east2Id], '2020-01-01', today);
    expect(petitions.get(county.ids.east2Id)).toEqual([]);
    expect(petitions.get(county.ids.east1Id)).toEqual([
      {
        complaintId: Number(c.id),
        villageId: county.ids.east1Id,
        receivedAt: new Date(c.receivedAt),
        category: 'REWARD_ASSISTANCE',
        summary: '奖励扶助政策：询问独生子女父母奖励何时发放',
      },
    ]);
    expect((await petitionsAboveCounty(county.db.orm.em.fork(), [county.ids.east1Id], '2020-01-01', '2020-12-31')).get(county.ids.east1Id)).toEqual([]);
  });
});

describe('intake checks', () => {
  it.each([
    ['a phone that is not one', { complainantPhone: '12345' }, 'input.complainantPhone'],
    ['an ID number with a wrong check character', { complainantIdNumber: '371199198503120021' }, 'input.complainantIdNumber'],
    ['a future receipt', { receivedAt: new Date(Date.now() + 3_600_000).toISOString() }, 'input.receivedAt'],
    ['a village outside the scope', { outside: true }, 'input.villageId'],
    ['a blank description', { description: '     ' }, 'input.description'],
  ] as [string, Record<string, unknown>, string][])('refuses %s, naming the field, and writes nothing', async (_, overrides, field) => {
    const before = await rowCount('complaint');
    const { outside, ...rest } = overrides;
    // The village officer asks for 西一村, outside their scope.
    const [caller, input] = outside ? [village, intake({ villageId: county.ids.west1Id })] : [office, intake(rest)];
    expect(errorOf(await caller.run(REGISTER, { input }))).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await rowCount('complaint')).toBe(before);
  });

  it('files complaints of the same person together and flags a possible duplicate', async () => {
    const first = (await office.data(REGISTER, { input: intake({ complainantPhone: '13900000099', category: 'BIRTH_PERMIT' }) })).registerComplaint;
    // The same person gives their ID number too this time: matched by phone, and the ID joins the file.
    const second = (
      await office.data(REGISTER, { input: intake({ complainantPhone: '139 0000 0099', complainantIdNumber: '37119919850312002x', category: 'BIRTH_PERMIT' }) })
    ).registerComplaint;
    expect(second).toMatchObject({
      duplicateOf: { id: first.id },
      complainant: { id: first.complainant.id, complaintCount: 2 },
      complainantIdNumber: '37119919850312002X',
    });
    // Found later by the ID number alone, in another category: same file, not a duplicate.
    const third = (await office.data(REGISTER, { input: intake({ complainantPhone: null, complainantIdNumber: '37119919850312002X', category: 'OTHER' }) }))
      .registerComplaint;
    expect(third).toMatchObject({ duplicateOf: null, complainant: { id: first.complainant.id, complaintCount: 3 } });
    const anonymous = (await office.data(REGISTER, { input: intake({ complainantName: null, complainantPhone: null }) })).registerComplaint;
    expect(anonymous).toMatchObject({ anonymous: true, complainant: null });
  });
});

describe('time limits', () => {
  it('uses the county’s own limit for new complaints once set', async () => {
    const set = `mutation { setComplaintTimeLimit(input: { category: CONTRACEPTION_COMPLICATION, urgency: GENERAL, accept: { amount: 4, unit: HOURS }, reply: { amount: 3, unit: WORKING_DAYS } }) { category configured accept { amount unit } } }`;
    expect(errorOf(await analyst.run(set))?.code).toBe('FORBIDDEN');
    expect(errorOf(await village.run(set))?.code).toBe('FORBIDDEN');
    await leader.data(set);
    const { complaintTimeLimits } = await office.data(`{ complaintTimeLimits { category urgency configured reply { amount unit } } }`);
    expect(complaintTimeLimits).toHaveLength(24);
    expect(
      complaintTimeLimits.find((l: { category: string; urgency: string }) => l.category === 'CONTRACEPTION_COMPLICATION' && l.urgency === 'GENERAL'),
    ).toEqual({ category: 'CONTRACEPTION_COMPLICATION', urgency: 'GENERAL', configured: true, reply: { amount: 3, unit: 'WORKING_DAYS' } });
    const { registerComplaint: c } = await office.data(REGISTER, { input: intake({ category: 'CONTRACEPTION_COMPLICATION' }) });
    expect(new Date(c.acceptDueAt).getTime() - new Date(c.receivedAt).getTime()).toBe(4 * 3_600_000);
    const shorter = `mutation { setComplaintTimeLimit(input: { category: OTHER, urgency: URGENT, accept: { amount: 2, unit: WORKING_DAYS }, reply: { amount: 24, unit: HOURS } }) { configured } }`;
    expect(errorOf(await leader.run(shorter))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.reply' });
  });
});
