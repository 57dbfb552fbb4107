import type { EntityManager } from '@mikro-orm/postgresql';
import { query, sql } from '../../db/sql.js';
import {
  badInput,
  DomainError,
  ErrorCode,
  refusal,
  SCALE_ANSWERS,
  SurveyStatus,
  type Refusal,
  type SatisfactionAnswer,
  type SurveyChannel,
} from '@township/shared';
import type { Scope } from '../../graphql/scope.js';
import type { Viewer } from '../../graphql/viewer.js';
import { audit } from '../audit/index.js';
import { getCampaign } from './campaign.service.js';
import type { SurveyCampaign } from './survey-campaign.entity.js';
import { SurveyItem } from './survey-item.entity.js';
import type { SurveyResponseInput } from './survey.inputs.js';

/** A campaign's questionnaire as a form to check responses against. */
export interface CampaignForm {
  campaign: SurveyCampaign;
  items: SurveyItem[];
  offered: ReadonlySet<SatisfactionAnswer>;
}

/** A sampled household as a response finds it: where it lives and what it answered, if anything. */
export interface HouseholdState {
  id: number;
  villageId: number;
  villagePath: string;
  reference: string;
  /** Answers already recorded, by item id; null when the household has not answered. */
  recorded: Record<string, SatisfactionAnswer> | null;
  recordedAt: Date | null;
}

export interface NewResponse {
  householdId: number;
  villageId: number;
  channel: SurveyChannel;
  /** Answer by item id, one per item. */
  answers: Record<string, SatisfactionAnswer>;
}

/** A campaign taking responses, with its questionnaire; CONFLICT when closed. */
export async function openForm(em: EntityManager, scope: Scope, campaignId: number, field: string): Promise<CampaignForm> {
  const campaign = await getCampaign(em, scope, campaignId).catch(() => {
    throw badInput(field, `Survey campaign ${campaignId} does not exist or is outside your scope`, 'notFound', { id: campaignId });
  });
  if (campaign.status !== SurveyStatus.Open)
    throw new DomainError(ErrorCode.Conflict, `${campaign.name} is closed and takes no more responses`, field, refusal('campaignClosed'));
  const items = await em.find(SurveyItem, { campaign: campaign.id }, { orderBy: { position: 'asc' } });
  return { campaign, items, offered: new Set(SCALE_ANSWERS[campaign.scale]) };
}

/** The sampled households with these references, each with what it has answered (one statement). */
export async function householdsByReference(em: EntityManager, campaignId: number, references: readonly string[]): Promise<Map<string, HouseholdState>> {
  if (!references.length) return new Map();
  const rows = await query(
    em,
    sql<{
      id: number;
      village_id: number;
      path: string;
      reference: string;
      recorded: Record<string, SatisfactionAnswer> | null;
      recorded_at: Date | null;
    }>`select h.id, h.village_id, v.path, h.reference, r.recorded_at,
            (select jsonb_object_agg(a.item_id, a.answer) from survey_answer a where a.response_id = r.id) as recorded
       from survey_household h
       join org_unit v on v.id = h.village_id
       left join survey_response r on r.household_id = h.id
      where h.campaign_id = ${campaignId} and h.reference in (select jsonb_array_elements_text(${JSON.stringify(references)}::jsonb))`,
  );
  return new Map(
    rows.map((r) => [
      r.reference,
      {
        id: Number(r.id),
        villageId: Number(r.village_id),
        villagePath: r.path,
        reference: r.reference,
        recorded: r.recorded_at ? (r.recorded ?? {}) : null,
        recordedAt: r.recorded_at ? new Date(r.recorded_at) : null,
      },
    ]),
  );
}

/** Whether a household's recorded answers are exactly these. */
export function sameAnswers(recorded: Record<string, SatisfactionAnswer>, answers: Record<string, SatisfactionAnswer>): boolean {
  const keys = Object.keys(answers);
  return keys.length === Object.keys(recorded).length && keys.every((k) => recorded[k] === answers[k]);
}

/**
 * Writes responses and their answers in one statement (responses inserted, answers fanned out
 * from each response's JSON). The unique household of survey_response refuses a second response
 * even when two writers race.
 */
export async function writeResponses(
  tx: EntityManager,
  form: CampaignForm,
  viewer: Viewer,
  responses: readonly NewResponse[],
  importId: number | null,
): Promise<Date> {
  const recordedAt = new Date();
  if (!responses.length) return recordedAt;
  const { campaign } = form;
  const rows = JSON.stringify(responses.map((r) => ({ household_id: r.householdId, village_id: r.villageId, channel: r.channel, answers: r.answers })));
  await query(
    tx,
    sql`with r as (select * from jsonb_to_recordset(${rows}::jsonb) as r(household_id int, village_id int, channel survey_channel, answers jsonb)),
          ins as (insert into survey_response (campaign_id, household_id, village_id, county_id, channel, import_id, recorded_by_id, recorded_at)
                  select ${campaign.id}, r.household_id, r.village_id, ${campaign.countyId}, r.channel, ${importId}, ${viewer.userId}, ${recordedAt} from r returning id, household_id)
     insert into survey_answer (response_id, item_id, campaign_id, village_id, county_id, answer)
     select ins.id, e.key::int, ${campaign.id}, r.village_id, ${campaign.countyId}, (e.value #>> '{}')::satisfaction_answer
       from ins join r on r.household_id = ins.household_id cross join jsonb_each(r.answers) e`,
  );
  return recordedAt;
}

/** Checks one household's answers against the questionnaire: every item once, each on the scale. */
export type AnswersProblem = {
  index: number | null;
  problem: 'NOT_A_QUESTION' | 'ANSWERED_TWICE' | 'NOT_ON_SCALE' | 'MISSING_ANSWERS';
  value: string;
  message: string;
  rule: Refusal;
};

export function checkAnswers(
  form: CampaignForm,
  answers: readonly { itemCode: string; answer: SatisfactionAnswer }[],
): { answers: Record<string, SatisfactionAnswer> } | AnswersProblem {
  const byCode = new Map(form.items.map((item) => [item.code, item]));
  const result: Record<string, SatisfactionAnswer> = {};
  for (const [index, given] of answers.entries()) {
    const item = byCode.get(given.itemCode.trim().toUpperCase());
    if (!item)
      return {
        index,
        problem: 'NOT_A_QUESTION',
        value: given.itemCode,
        message: `${given.itemCode} is not a question of this questionnaire`,
        rule: refusal('notAQuestion', { itemCode: given.itemCode }),
      };
    if (result[item.id])
      return {
        index,
        problem: 'ANSWERED_TWICE',
        value: item.code,
        message: `${item.code} is answered twice`,
        rule: refusal('answeredTwice', { itemCode: item.code }),
      };
    if (!form.offered.has(given.answer))
      return {
        index,
        problem: 'NOT_ON_SCALE',
        value: given.answer,
        message: `${given.answer} is not on this campaign's ${form.campaign.scale} scale`,
        rule: refusal('notOnScale', { answer: given.answer }),
      };
    result[item.id] = given.answer;
  }
  const missing = form.items.filter((item) => !result[item.id]).map((item) => item.code);
  if (missing.length)
    return {
      index: null,
      problem: 'MISSING_ANSWERS',
      value: missing.join(', '),
      message: `every question must be answered (不了解 when the household has no view); missing ${missing.join(', ')}`,
      rule: refusal('missingAnswers', { itemCodes: missing.join(', ') }),
    };
  return { answers: result };
}

/** Records one household's response, door to door or by phone. */
export async function submitResponse(
  em: EntityManager,
  scope: Scope,
  viewer: Viewer,
  input: SurveyResponseInput,
): Promise<{ reference: string; recordedAt: Date }> {
  return em.transactional(async (tx) => {
    const form = await openForm(tx, scope, Number(input.campaignId), 'input.campaignId');
    const checked = checkAnswers(form, input.answers);
    if ('message' in checked)
      throw new DomainError(ErrorCode.BadUserInput, checked.message, checked.index == null ? 'input.answers' : `input.answers.${checked.index}`, checked.rule);
    const reference = input.reference.trim();
    const household = (await householdsByReference(tx, form.campaign.id, [reference])).get(reference);
    if (!household || !scope.contains(household.villagePath))
      throw badInput('input.reference', `${reference} is not a household of this campaign's sample inside your scope`, 'notInSample', { reference });
    if (household.recorded) {
      throw new DomainError(
        ErrorCode.Conflict,
        `Household ${reference} has already answered (recorded ${household.recordedAt!.toISOString()}); one response per household`,
        'input.reference',
        refusal('householdAnswered', { reference }),
      );
    }
    const recordedAt = await writeResponses(
      tx,
      form,
      viewer,
      [{ householdId: household.id, villageId: household.villageId, channel: input.channel, answers: checked.answers }],
      null,
    );
    // The audit names the household reference and channel, never the answers: responses stay anonymous.
    audit(tx, viewer, {
      action: 'submitSurveyResponse',
      entityType: 'SurveyCampaign',
      entityId: form.campaign.id,
      after: { reference, channel: input.channel },
    });
    await tx.flush();
    return { reference, recordedAt };
  });
}
