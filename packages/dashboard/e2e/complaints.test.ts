import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { openSession, useBrowser, type Session } from './support/browser';
import { waitForText } from './support/wait';
import { formatDateTime } from '../src/components/ui/format';

/**
 * The complaints "done when" in a real browser: office staff take a complaint from the intake
 * form to closed, with its deadlines, a hand-over and every step in the timeline; an analyst sees
 * the same complaint with the person's identity masked, in the pages and in the API.
 */
const browser = useBrowser();

const PERSON = { name: '王秀英', phone: '13912345678', idNumber: '11010519491231002X' };
const DESCRIPTION = '反映独生子女父母奖励扶助金本年度未到账，请求核实发放情况（浏览器测试）';
const OFFICE = '演示·计生办';
const LEADER = '演示·乡镇领导';

interface ComplaintFacts {
  id: string;
  status: string;
  receivedAt: string;
  acceptDueAt: string;
  replyDueAt: string;
  owner: { displayName: string };
  events: Array<{
    kind: string;
    at: string;
    note: string | null;
    actor: { displayName: string } | null;
    fromOwner: { displayName: string } | null;
    toOwner: { displayName: string } | null;
  }>;
}
const COMPLAINT_FACTS = `query($id: ID!) { complaint(id: $id) {
  id status receivedAt acceptDueAt replyDueAt owner { displayName }
  events { kind at note actor { displayName } fromOwner { displayName } toOwner { displayName } } } }`;

let office: Session;
let village: { id: string; name: string; township: { name: string } };
let complaintId: string;

beforeAll(async () => {
  office = await openSession(browser(), 'office');
  office.page.setDefaultTimeout(8000);
  ({
    villages: {
      nodes: [village],
    },
  } = await office.gql<{ villages: { nodes: [typeof village] } }>('{ villages(first: 1) { nodes { id name township { name } } } }'));
});
afterAll(async () => {
  expect(office.errors).toEqual([]);
  await office.close();
});

const complaintCount = async (session: Session) =>
  (await session.gql<{ complaints: { totalCount: number } }>('{ complaints(first: 1) { totalCount } }')).complaints.totalCount;
const formErrors = (page: Page) => page.locator('[data-test=complaint-intake] .el-form-item__error').allInnerTexts();
const option = (page: Page, text: string) => page.locator('.el-select-dropdown__item:visible').filter({ hasText: text }).first();
const timelineItems = (page: Page) => page.locator('[data-test=timeline-item]');

/** Opens the step's dialog, lets `fill` answer it, submits, and waits for the timeline to show the new entry. */
async function takeStep(page: Page, action: string, fill: (dialog: Locator) => Promise<void> = async () => {}) {
  const before = await timelineItems(page).count();
  await page.locator(`[data-test=action-${action}]`).click();
  const dialog = page.locator('.el-dialog:visible');
  await dialog.locator('[data-test=step-form]').waitFor();
  await fill(dialog);
  await dialog.locator('[data-test=step-submit]').click();
  await dialog.waitFor({ state: 'hidden' });
  await expect.poll(() => timelineItems(page).count()).toBe(before + 1);
}

async function handOver(page: Page, to: string, reason: string) {
  await takeStep(page, 'HAND_OVER', async (dialog) => {
    await dialog.locator('[data-test=step-to-user]').click();
    await option(page, to).click();
    await dialog.locator('[data-test=step-note]').fill(reason);
  });
  await waitForText(page.locator('[data-test=complaint-owner]'), to);
}

describe('a complaint from intake to close (office)', () => {
  it('refuses an incomplete or malformed intake form with a message per field and writes nothing', async () => {
    const { page } = office;
    const before = await complaintCount(office);
    await page.goto('/complaints/new');
    await page.locator('[data-test=intake-submit]').click();
    await expect.poll(() => formErrors(page)).toEqual(['请填写所涉村居', '请填写受理渠道', '请填写问题类别', '请填写反映内容']);

    await page.locator('[data-test=intake-description]').fill('太短');
    await page.locator('[data-test=intake-phone]').fill('12345');
    await page.locator('[data-test=intake-id-number]').fill('110105194912310021');
    await page.locator('[data-test=intake-submit]').click();
    await expect
      .poll(() => formErrors(page))
      .toEqual(expect.arrayContaining(['反映内容需 5—2000 字', '请输入11位手机号或带区号的固定电话', '身份证号格式或校验位不正确']));
    expect(page.url()).toMatch(/\/complaints\/new$/);
    expect(await complaintCount(office)).toBe(before);
  });

  it('registers it with the person, the office as first-contact owner and both deadlines', async () => {
    const { page, gql } = office;
    await page.locator('[data-test=intake-village] input').fill(village.name);
    await option(page, `${village.name}（${village.township.name}）`).click();
    await page.locator('[data-test=intake-channel]').getByText('举报电话', { exact: true }).click();
    await page.locator('[data-test=intake-category]').getByText('奖励扶助政策', { exact: true }).click();
    await page.locator('[data-test=intake-description]').fill(DESCRIPTION);
    await page.locator('[data-test=intake-name]').fill(PERSON.name);
    await page.locator('[data-test=intake-phone]').fill(PERSON.phone);
    await page.locator('[data-test=intake-id-number]').fill(PERSON.idNumber);
    await page.locator('[data-test=intake-submit]').click();
    await page.waitForURL(/\/complaints\/\d+$/);
    complaintId = new URL(page.url()).pathname.split('/').pop()!;

    const { complaint } = await gql<{ complaint: ComplaintFacts }>(COMPLAINT_FACTS, { id: complaintId });
    expect(complaint.status).toBe('RECEIVED');
    // Received just now; accept within a working day, reply (general urgency) within seven.
    expect(Date.now() - Date.parse(complaint.receivedAt)).toBeLessThan(60_000);
    expect(Date.parse(complaint.acceptDueAt)).toBeGreaterThan(Date.parse(complaint.receivedAt));
    expect(Date.parse(complaint.replyDueAt) - Date.parse(complaint.acceptDueAt)).toBeGreaterThanOrEqual(6 * 86_400_000);

    await waitForText(page.locator('[data-test=complaint-description]'), DESCRIPTION);
    expect(await page.locator('[data-test=complaint-status]').first().innerText()).toBe('已登记');
    expect(await page.locator('[data-test=complaint-owner]').innerText()).toBe(OFFICE);
    expect(await page.locator('[data-test=accept-due]').innerText()).toBe(formatDateTime(complaint.acceptDueAt));
    expect(await page.locator('[data-test=reply-due]').innerText()).toBe(formatDateTime(complaint.replyDueAt));
    expect(await page.locator('[data-test=accept-timing]').innerText()).toBe('未到期');
    // Registered is not accepted (受理 is a later step with its own deadline): the labels keep them apart.
    const labels = await page.locator('[data-test=complaint-detail] .el-descriptions__label').allInnerTexts();
    expect(labels).toEqual(expect.arrayContaining(['登记时间', '受理时限', '答复时限']));
    expect(labels).not.toContain('受理时间');
    expect(await page.locator('[data-test=complainant-name]').innerText()).toBe(PERSON.name);
    expect(await page.locator('[data-test=complainant-phone]').innerText()).toBe(PERSON.phone);
    expect(await page.locator('[data-test=complainant-id-number]').innerText()).toBe(PERSON.idNumber);
    await expect.poll(() => timelineItems(page).count()).toBe(1);
    expect(await timelineItems(page).first().getAttribute('data-kind')).toBe('REGISTERED');
  });

  it('records a hand-over with its reason; the new owner alone may accept, and hands it back', async () => {
    const { page } = office;
    // A reason is required: the dialog refuses to send without one.
    await page.locator('[data-test=action-HAND_OVER]').click();
    const dialog = page.locator('.el-dialog:visible');
    await dialog.locator('[data-test=step-submit]').click();
    await waitForText(dialog.locator('[data-test=step-problem]'), '请填写原因');
    await dialog.locator('.el-dialog__headerbtn').click();
    await dialog.waitFor({ state: 'hidden' });

    await handOver(page, LEADER, '涉及奖扶资金发放，移交分管领导协调财政所');
    await waitForText(page.locator('[data-test=timeline-item][data-kind=HAND_OVER]'), `${OFFICE} 移交给 ${LEADER}`);
    // First-contact responsibility: office staff no longer own it, so they cannot accept it.
    await expect.poll(() => page.locator('[data-test=action-ACCEPT]').count()).toBe(0);

    // The leader, now the owner, may accept it; here they hand it back (through the API: their page is not under test).
    const leader = await openSession(browser(), 'leader');
    const { complaint } = await leader.gql<{ complaint: { allowedActions: string[] } }>('query($id: ID!) { complaint(id: $id) { allowedActions } }', {
      id: complaintId,
    });
    expect(complaint.allowedActions).toContain('ACCEPT');
    const { complaintHandlers } = await leader.gql<{ complaintHandlers: Array<{ id: string; displayName: string }> }>(
      'query($v: ID!) { complaintHandlers(villageId: $v) { id displayName } }',
      { v: village.id },
    );
    const to = complaintHandlers.find((u) => u.displayName === OFFICE)!.id;
    await leader.gql('mutation($id: ID!, $to: ID!) { handOverComplaint(id: $id, toUserId: $to, reason: "已与财政所协调，退回计生办按政策答复") { id } }', {
      id: complaintId,
      to,
    });
    await leader.close();
  });

  it('accepts, starts, replies, calls back and closes it, each step in the timeline with who and when', async () => {
    const { page, gql } = office;
    await page.reload();
    await waitForText(page.locator('[data-test=complaint-owner]'), OFFICE);
    await takeStep(page, 'ACCEPT');
    await waitForText(page.locator('[data-test=accept-timing]'), '按时');
    await takeStep(page, 'START', (d) => d.locator('[data-test=step-note]').fill('已联系村计生专干核对名册'));
    await takeStep(page, 'REPLY', (d) => d.locator('[data-test=step-note]').fill('经核实，奖扶金因银行账号变更退回，已于本周重新发放。'));
    await waitForText(page.locator('[data-test=reply-timing]'), '按时');
    await takeStep(page, 'FOLLOW_UP', async (d) => {
      await d.locator('[data-test=step-satisfaction]').getByText('满意', { exact: true }).click();
      await d.locator('[data-test=step-resolved]').getByText('已解决', { exact: true }).click();
    });
    await takeStep(page, 'CLOSE');
    await waitForText(page.locator('[data-test=complaint-status]'), '已办结');
    // Closed: only reopening or recording an escalation remain.
    const actions = await page.locator('[data-test=complaint-actions] > button').evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-test')));
    expect(actions).toEqual(['action-REOPEN', 'action-ESCALATE']);

    const { complaint } = await gql<{ complaint: ComplaintFacts }>(COMPLAINT_FACTS, { id: complaintId });
    expect(complaint.status).toBe('CLOSED');
    expect(complaint.events.map((e) => [e.kind, e.actor?.displayName])).toEqual([
      ['REGISTERED', OFFICE],
      ['HAND_OVER', OFFICE],
      ['HAND_OVER', LEADER],
      ['ACCEPT', OFFICE],
      ['START', OFFICE],
      ['REPLY', OFFICE],
      ['FOLLOW_UP', OFFICE],
      ['CLOSE', OFFICE],
    ]);
    expect(complaint.events[1]).toMatchObject({
      note: '涉及奖扶资金发放，移交分管领导协调财政所',
      fromOwner: { displayName: OFFICE },
      toOwner: { displayName: LEADER },
    });

    // The page shows each of them: what, who, and when to the minute as the server recorded it.
    const shown = await timelineItems(page).evaluateAll((items) =>
      items.map((item) => ({
        kind: item.getAttribute('data-kind'),
        actor: item.querySelector('.complaint-timeline__actor')?.textContent?.trim(),
        at: item.querySelector('.el-timeline-item__timestamp')?.textContent?.trim(),
        text: item.textContent,
      })),
    );
    expect(shown.map(({ kind, actor, at }) => ({ kind, actor, at }))).toEqual(
      complaint.events.map((e) => ({ kind: e.kind, actor: e.actor?.displayName, at: formatDateTime(e.at) })),
    );
    expect(shown[1].text).toContain('涉及奖扶资金发放，移交分管领导协调财政所');
    expect(shown[2].text).toContain(`${LEADER} 移交给 ${OFFICE}`);
    expect(shown[6].text).toContain('回访：满意 · 问题已解决');
  });
});

describe('what an analyst sees of it', () => {
  it('shows no name, phone or ID number in the list, the page, the person file or the API', async () => {
    const analyst = await openSession(browser(), 'analyst');
    const { page, gql } = analyst;
    const leaks = (text: string) => [PERSON.name, PERSON.phone, PERSON.idNumber].filter((secret) => text.includes(secret));

    const { complaint } = await gql<{ complaint: Record<string, unknown> & { complainant: { id: string } } }>(
      `query($id: ID!) { complaint(id: $id) {
      complainantName complainantPhone complainantIdNumber identityVisible anonymous description
      complainant { id name complaints(first: 10) { nodes { complainantName complainantPhone complainantIdNumber } } }
      events { note } } }`,
      { id: complaintId },
    );
    expect(complaint).toMatchObject({
      complainantName: '王**',
      complainantPhone: '*'.repeat(11),
      complainantIdNumber: '*'.repeat(18),
      identityVisible: false,
      anonymous: false,
    });
    expect(leaks(JSON.stringify(complaint))).toEqual([]);
    // The whole list, not only this complaint: no full phone or ID number anywhere on the first page.
    const list = JSON.stringify(
      await gql('{ complaints(first: 100) { nodes { complainantName complainantPhone complainantIdNumber complainant { name } } } }'),
    );
    expect(list).not.toMatch(/1[3-9]\d{9}|\d{17}[\dX]/);

    await page.goto(`/complaints/list?q=${encodeURIComponent(DESCRIPTION.slice(0, 12))}`);
    await waitForText(page.locator('[data-test=complaint-total]'), '共 1 件');
    expect(await page.locator('[data-test=complaint-table] .el-table__body tbody tr').innerText()).toContain('王**');
    expect(leaks(await page.locator('[data-test=complaint-list]').innerText())).toEqual([]);

    await page.goto(`/complaints/${complaintId}`);
    await waitForText(page.locator('[data-test=complaint-description]'), DESCRIPTION);
    expect(await page.locator('[data-test=complainant-phone]').innerText()).toBe('*'.repeat(11));
    expect(await page.locator('[data-test=complaint-identity]').innerText()).toContain('个人信息已隐藏');
    expect(leaks(await page.locator('[data-test=complaint-detail]').innerText())).toEqual([]);

    await page.locator('[data-test=person-file-link]').click();
    await page.locator('[data-test=complainant-file] [data-test=complaint-table] tbody tr').first().waitFor();
    expect(leaks(await page.locator('[data-test=complainant-file]').innerText())).toEqual([]);
    expect(analyst.errors).toEqual([]);
    await analyst.close();
  });
});

describe('hotspots', () => {
  it('draws the heatmap and the village map', async () => {
    const { page } = office;
    await page.goto('/complaints');
    for (const chart of ['hotspot-heatmap', 'hotspot-map', 'hotspot-trend']) {
      const canvas = page.locator(`[data-test=${chart}] canvas`).first();
      // The page's one request aggregates the whole county: allow it longer than a step.
      await canvas.waitFor({ timeout: 20_000 });
      const box = (await canvas.boundingBox())!;
      expect(box.width * box.height).toBeGreaterThan(100 * 100);
    }
    // The heatmap's rows are the villages with most complaints per 10,000 people: the demo county has some.
    const subtitle = await page.locator('.panel-card', { has: page.locator('[data-test=hotspot-heatmap]') }).innerText();
    expect(Number(subtitle.match(/最高的 (\d+) 个单位/)?.[1])).toBeGreaterThan(0);
  });
});
