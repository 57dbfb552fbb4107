import { AgendaItemKind, AgendaSection, satisfactionFigure } from '@township/shared';
import { villageSatisfaction, type VillageSatisfaction } from '../../surveys/index.js';
import { evidence } from '../evidence.js';
import type { ProposedAgendaItemType } from '../meeting.type.js';
import type { DraftContext } from './draft-context.js';
import { fmt } from './format.js';
import { parallel } from '../../../db/parallel.js';

const LOWEST_SHOWN = 3;
const pct = (rate: number | null) => (rate == null ? null : Math.round(rate * 10000) / 100);

function pooled(figures: Map<number, VillageSatisfaction>) {
  let satisfied = 0;
  let valid = 0;
  for (const f of figures.values()) {
    satisfied += f.satisfied;
    valid += f.valid;
  }
  return satisfactionFigure(satisfied, valid);
}

/**
 * Household satisfaction (群众满意率) of the year so far against last year, from villageSatisfaction
 * (the figure the assessment's public-evaluation item uses), pooled over the township's villages,
 * with the lowest rankable villages.
 */
export async function satisfactionItems(ctx: DraftContext): Promise<ProposedAgendaItemType[]> {
  const year = Number(ctx.month.slice(0, 4));
  const ids = (await ctx.villages()).map((v) => v.id);
  const [now, before] = await parallel(ctx.em, [() => villageSatisfaction(ctx.em, ids, year), () => villageSatisfaction(ctx.em, ids, year - 1)]);
  if (!now.size) return [];
  const township = pooled(now);
  const lastYear = before.size ? pooled(before) : null;
  const lowest = [...now.values()]
    .filter((f) => f.rankable && f.rate != null)
    .sort((a, b) => a.rate! - b.rate! || a.villageId - b.villageId)
    .slice(0, LOWEST_SHOWN);
  const names = await Promise.all(lowest.map((f) => ctx.villageName(f.villageId)));
  return [
    {
      ruleKey: `${AgendaItemKind.Satisfaction}:${year}`,
      section: AgendaSection.Situation,
      kind: AgendaItemKind.Satisfaction,
      title: `${year}年群众满意率：${fmt(pct(township.rate), '%')}`,
      summary:
        `${ctx.township.name}${year}年入户调查满意（含基本满意）${township.satisfied} 户 / 有效回答 ${township.valid} 户，满意率 ${fmt(pct(township.rate), '%')}` +
        `${lastYear ? `，上年 ${fmt(pct(lastYear.rate), '%')}` : ''}${lowest.length ? `；满意率最低的村：${lowest.map((f, i) => `${names[i]} ${fmt(pct(f.rate), '%')}（${f.satisfied}/${f.valid}）`).join('，')}` : ''}。`,
      evidence: [
        evidence(`群众满意率（${ctx.township.name}）`, {
          value: pct(township.rate),
          unit: '%',
          numerator: township.satisfied,
          denominator: township.valid,
          previousValue: lastYear ? pct(lastYear.rate) : null,
          previousPeriod: lastYear ? String(year - 1) : null,
          orgUnitId: ctx.township.id,
          period: String(year),
          link: '/surveys',
        }),
        ...lowest.map((f, i) =>
          evidence(`群众满意率（${names[i]}）`, {
            value: pct(f.rate),
            unit: '%',
            numerator: f.satisfied,
            denominator: f.valid,
            previousValue: pct(before.get(f.villageId)?.rate ?? null),
            previousPeriod: before.has(f.villageId) ? String(year - 1) : null,
            orgUnitId: f.villageId,
            period: String(year),
            link: `/villages/${f.villageId}`,
          }),
        ),
      ],
      proposedDepartmentId: null,
      actionItemId: null,
    },
  ];
}
