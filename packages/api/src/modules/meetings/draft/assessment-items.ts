import { AgendaItemKind, AgendaSection, ASSESSMENT_GRADE_LABELS, LAGGING_REASON_LABELS, previousPeriod, quarterOf, VETO_KIND_LABELS } from '@township/shared';
import { everyNode } from '../../../db/page.js';
import { query, sql } from '../../../db/sql.js';
import { listLaggingSpells, listScores, type LaggingSpell } from '../../assessments/index.js';
import { evidence } from '../evidence.js';
import type { ProposedAgendaItemType } from '../meeting.type.js';
import type { DraftContext } from './draft-context.js';
import { parallel } from '../../../db/parallel.js';

type Score = Awaited<ReturnType<typeof listScores>>['nodes'][number];

/** A fall of at least this many places in the county ranking is worth the meeting's attention. */
export const RANK_FALL_MIN = 5;
const RANK_FALLERS = 3;

/** Every result of the township's villages for a period, through the league table's own query. */
const townshipScores = (ctx: DraftContext, period: string): Promise<Score[]> =>
  everyNode((page) => listScores(ctx.em, ctx.scope, { ...page, period, filter: { townshipId: ctx.township.id } }));

/** The township's villages on the lagging list now, through the lagging list's own query. */
const currentLagging = (ctx: DraftContext): Promise<LaggingSpell[]> =>
  everyNode((page) => listLaggingSpells(ctx.em, ctx.scope, { ...page, currentOnly: true, townshipId: ctx.township.id }));

/** The stationed cadre of each village today (驻村干部), for the talk (约谈). One statement. */
async function stationedCadres(ctx: DraftContext, villageIds: number[]): Promise<Map<number, string>> {
  if (!villageIds.length) return new Map();
  const rows = await query(
    ctx.em,
    sql<{
      org_unit_id: number;
      name: string;
    }>`select distinct on (a.org_unit_id) a.org_unit_id, c.name from cadre_assignment a join cadre c on c.id = a.cadre_id
      where a.org_unit_id = any(${villageIds}::int[]) and a.role = 'STATIONED_CADRE' and a.start_date <= current_date and (a.end_date is null or a.end_date >= current_date)
      order by a.org_unit_id, a.start_date desc, a.id desc`,
  );
  return new Map(rows.map((r) => [Number(r.org_unit_id), r.name]));
}

const scoreLink = (villageId: number, period: string) => `/assessments/${villageId}/${period}`;

/**
 * From the assessment of the quarter the month is in (or the quarter before when it has no results
 * yet): villages newly vetoed (vetoed now, not in the quarter before), newly on the lagging list,
 * falling in the county ranking; and the units to call in for a talk (约谈). Figures come from the
 * league table's query (`villageScores`) and the lagging list's (`laggingVillages`).
 */
export async function assessmentItems(ctx: DraftContext): Promise<ProposedAgendaItemType[]> {
  let period = quarterOf(ctx.month);
  let scores = await townshipScores(ctx, period);
  if (!scores.length) {
    period = previousPeriod(period);
    scores = await townshipScores(ctx, period);
    if (!scores.length) return [];
  }
  const before = previousPeriod(period);
  const [previous, lagging] = await parallel(ctx.em, [() => townshipScores(ctx, before), () => currentLagging(ctx)]);
  const wasVetoed = new Set(previous.filter((s) => s.vetoed).map((s) => s.villageId));
  const name = (id: number) => ctx.villageName(id);
  const items: ProposedAgendaItemType[] = [];

  const vetoed = scores.filter((s) => s.vetoed && !wasVetoed.has(s.villageId));
  if (vetoed.length) {
    const names = await Promise.all(vetoed.map((s) => name(s.villageId)));
    items.push({
      ruleKey: `${AgendaItemKind.VillageVetoed}:${period}`,
      section: AgendaSection.Situation,
      kind: AgendaItemKind.VillageVetoed,
      title: `${period} 新增一票否决村 ${vetoed.length} 个：${names.join('、')}`,
      summary:
        vetoed
          .map((s, i) => `${names[i]}：${s.vetoReasons.map((v) => `${VETO_KIND_LABELS[v.kind]['zh-CN']}（${v.occurredOn}，${v.summary}）`).join('；')}`)
          .join('。') + '。',
      evidence: vetoed.map((s, i) =>
        evidence(`${names[i]} 考核总分（一票否决）`, {
          value: s.total,
          unit: '分',
          text: s.vetoReasons.map((v) => VETO_KIND_LABELS[v.kind]['zh-CN']).join('、'),
          previousValue: s.previousTotal,
          previousPeriod: before,
          orgUnitId: s.villageId,
          period,
          link: scoreLink(s.villageId, period),
        }),
      ),
      proposedDepartmentId: null,
      actionItemId: null,
    });
  }

  const entered = lagging.filter((l) => l.enteredPeriod === period);
  if (entered.length) {
    const names = await Promise.all(entered.map((l) => name(l.villageId)));
    items.push({
      ruleKey: `${AgendaItemKind.VillageLagging}:${period}`,
      section: AgendaSection.Situation,
      kind: AgendaItemKind.VillageLagging,
      title: `${period} 新列入治理类村 ${entered.length} 个：${names.join('、')}`,
      summary: entered.map((l, i) => `${names[i]}（${l.reasons.map((r) => LAGGING_REASON_LABELS[r]['zh-CN']).join('、')}）`).join('；') + '。',
      evidence: entered.map((l, i) =>
        evidence(`${names[i]} 列入治理类`, {
          text: l.reasons.map((r) => LAGGING_REASON_LABELS[r]['zh-CN']).join('、'),
          orgUnitId: l.villageId,
          period,
          link: scoreLink(l.villageId, period),
        }),
      ),
      proposedDepartmentId: null,
      actionItemId: null,
    });
  }

  const fallers = scores
    .filter((s) => s.rankChange != null && s.rankChange <= -RANK_FALL_MIN)
    .sort((a, b) => a.rankChange! - b.rankChange! || a.rankCounty - b.rankCounty)
    .slice(0, RANK_FALLERS);
  if (fallers.length) {
    const names = await Promise.all(fallers.map((s) => name(s.villageId)));
    items.push({
      ruleKey: `${AgendaItemKind.RankingFall}:${period}`,
      section: AgendaSection.Situation,
      kind: AgendaItemKind.RankingFall,
      title: `${period} 全县排名下滑较多的村：${names.join('、')}`,
      summary:
        fallers.map((s, i) => `${names[i]} 由第${s.previousRankCounty}名降至第${s.rankCounty}名（总分 ${s.previousTotal ?? '—'}→${s.total}）`).join('；') +
        '。',
      evidence: fallers.map((s, i) =>
        evidence(`${names[i]} 全县排名`, {
          value: s.rankCounty,
          unit: '名',
          previousValue: s.previousRankCounty,
          previousPeriod: before,
          orgUnitId: s.villageId,
          period,
          link: scoreLink(s.villageId, period),
        }),
      ),
      proposedDepartmentId: null,
      actionItemId: null,
    });
  }

  // 约谈: villages newly vetoed, newly lagging, or graded fail this period — their village leaders and stationed cadre.
  const talk = new Map<number, string[]>();
  const add = (id: number, why: string) => talk.set(id, [...(talk.get(id) ?? []), why]);
  vetoed.forEach((s) => add(s.villageId, '一票否决'));
  entered.forEach((l) => add(l.villageId, '新列治理类'));
  scores.filter((s) => s.grade === 'FAIL' && !s.vetoed).forEach((s) => add(s.villageId, `考核${ASSESSMENT_GRADE_LABELS.FAIL['zh-CN']}`));
  if (talk.size) {
    const ids = [...talk.keys()];
    const [names, cadres] = await parallel(ctx.em, [() => Promise.all(ids.map(name)), () => stationedCadres(ctx, ids)]);
    const who = (id: number, i: number) => `${names[i]}党支部书记、计生专干${cadres.has(id) ? `及驻村干部${cadres.get(id)}` : ''}`;
    items.push({
      ruleKey: `${AgendaItemKind.TalkSummons}:${period}`,
      section: AgendaSection.Deployment,
      kind: AgendaItemKind.TalkSummons,
      title: `建议约谈 ${ids.length} 个村：${names.join('、')}`,
      summary: ids.map((id, i) => `约谈${who(id, i)}（${talk.get(id)!.join('、')}）`).join('；') + '。',
      evidence: ids.map((id, i) => {
        const score = scores.find((s) => s.villageId === id);
        return evidence(`${names[i]} ${period} 考核`, {
          value: score?.total ?? null,
          unit: '分',
          text: `${talk.get(id)!.join('、')}${score ? `；${ASSESSMENT_GRADE_LABELS[score.grade]['zh-CN']}` : ''}`,
          orgUnitId: id,
          period,
          link: scoreLink(id, period),
        });
      }),
      proposedDepartmentId: null,
      actionItemId: null,
    });
  }
  return items;
}
