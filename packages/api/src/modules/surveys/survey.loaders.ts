import DataLoader from 'dataloader';
import { query, sql } from '../../db/sql.js';
import type { RequestContext } from '../../graphql/context.js';
import { satisfactionResults, type SatisfactionQuery } from './satisfaction.service.js';
import { SurveyItem } from './survey-item.entity.js';
import type { SatisfactionGrouping } from './survey.enums.js';
import type { SampleVillageType, SatisfactionResultType } from './survey.type.js';

/** Questions of each campaign, in order. */
export const itemsByCampaign = (ctx: RequestContext) =>
  ctx.loader(
    'surveyItemsByCampaign',
    () =>
      new DataLoader<number, SurveyItem[]>(async (ids) => {
        const items = await ctx.em.find(SurveyItem, { campaign: { $in: [...ids] } }, { orderBy: { position: 'asc' } });
        return ids.map((id) => items.filter((item) => item.campaign.id === id));
      }),
  );

export const itemById = (ctx: RequestContext) =>
  ctx.loader(
    'surveyItemById',
    () =>
      new DataLoader<number, SurveyItem | null>(async (ids) => {
        const items = await ctx.em.find(SurveyItem, { id: { $in: [...ids] } });
        return ids.map((id) => items.find((item) => item.id === id) ?? null);
      }),
  );

/** Sampled and answered households per campaign and village, inside the scope. */
export const sampleVillages = (ctx: RequestContext) =>
  ctx.loader(
    'surveySampleVillages',
    () =>
      new DataLoader<number, SampleVillageType[]>(async (ids) => {
        const rows = await query(
          ctx.em,
          sql<{
            campaign_id: number;
            village_id: number;
            sampled: string;
            answered: string;
          }>`select h.campaign_id, h.village_id, count(*) as sampled, count(r.id) as answered
           from survey_household h join org_unit v on v.id = h.village_id left join survey_response r on r.household_id = h.id
          where h.campaign_id = any(${ids}::int[]) and ${sql.scoped(ctx.scope, 'v')}
          group by h.campaign_id, h.village_id, v.code order by h.campaign_id, v.code`,
        );
        return ids.map((id) =>
          rows
            .filter((r) => Number(r.campaign_id) === id)
            .map((r) => ({ villageId: Number(r.village_id), sampled: Number(r.sampled), answered: Number(r.answered) })),
        );
      }),
  );

/** Satisfaction results of many campaigns with one grouping, batched into one statement. */
export const resultsByCampaign = (ctx: RequestContext, grouping: SatisfactionGrouping, itemId: number | null, underPath: string | null = null) =>
  ctx.loader(
    `surveyResults:${grouping}:${itemId}:${underPath}`,
    () =>
      new DataLoader<number, SatisfactionResultType[]>(async (ids) => {
        const query: SatisfactionQuery = { campaignIds: ids, grouping, itemId, underPath };
        const rows = await satisfactionResults(ctx.em, ctx.scope, query);
        return ids.map((id) => rows.filter((r) => r.campaignId === id));
      }),
  );
