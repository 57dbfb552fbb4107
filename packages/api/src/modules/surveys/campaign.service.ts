import { randomInt } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  badInput,
  DomainError,
  drawSample,
  ErrorCode,
  notFound,
  refusal,
  sampleReference,
  SurveyStatus,
  TOWNSHIP_KINDS,
  VILLAGE_KINDS,
  OrgUnitKind,
} from '@township/shared';
import type { Scope } from '../../graphql/scope.js';
import type { Viewer } from '../../graphql/viewer.js';
import { page, type PageRequest } from '../../db/page.js';
import { query, queryOne, sql, type Sql } from '../../db/sql.js';
import { audit, snapshot } from '../audit/index.js';
import { countyIdOf, OrgUnit } from '../org-units/index.js';
import { SurveyCampaign } from './survey-campaign.entity.js';
import { SurveyItem } from './survey-item.entity.js';
import type { CreateSurveyCampaignInput, DrawSurveySampleInput, SurveyCampaignFilter } from './survey.inputs.js';

/**
 * A campaign is visible to a viewer whose scope holds its organiser or any of its sampled
 * villages (a village officer sees the county's campaign, with figures of their village only).
 */
export function visibleCampaign(scope: Scope, alias: string): Sql {
  const c = sql.id(alias);
  return sql`(exists (select 1 from org_unit vo where vo.id = ${c}.organiser_id and ${sql.scoped(scope, 'vo')})
      or exists (select 1 from survey_household h join org_unit hv on hv.id = h.village_id where h.campaign_id = ${c}.id and ${sql.scoped(scope, 'hv')}))`;
}

export async function listCampaigns(em: EntityManager, scope: Scope, args: PageRequest & { filter?: SurveyCampaignFilter | null }) {
  const where = [visibleCampaign(scope, 'c')];
  if (args.filter?.year != null) where.push(sql`c.year = ${args.filter.year}`);
  if (args.filter?.status) where.push(sql`c.status = ${args.filter.status}`);
  return page<Record<string, unknown>, SurveyCampaign>(
    em,
    args,
    {
      select: sql`c.*`,
      from: sql`survey_campaign c`,
      where: sql.and(where),
      keyset: [
        { by: sql`c.year`, desc: true },
        { by: sql`c.started_on`, desc: true },
        { by: sql`c.id`, desc: true },
      ],
    },
    (rows) => rows.map((row) => em.map(SurveyCampaign, row)),
  );
}

/** Every visible campaign, oldest first, for trends. */
export async function visibleCampaigns(em: EntityManager, scope: Scope): Promise<SurveyCampaign[]> {
  const rows = await query(em, sql`select c.* from survey_campaign c where ${visibleCampaign(scope, 'c')} order by c.started_on, c.id`);
  return rows.map((row) => em.map(SurveyCampaign, row));
}

export async function getCampaign(em: EntityManager, scope: Scope, id: number): Promise<SurveyCampaign> {
  const row = await queryOne(em, sql`select c.* from survey_campaign c where c.id = ${id} and ${visibleCampaign(scope, 'c')}`);
  if (!row) throw notFound('Survey campaign', id);
  return em.map(SurveyCampaign, row);
}

/** A campaign the viewer may run: its organiser inside their scope. */
export async function campaignToRun(em: EntityManager, scope: Scope, id: number, field: string): Promise<SurveyCampaign> {
  const campaign = await em.findOne(SurveyCampaign, { id, organiser: scope.where() }, { populate: ['organiser'] });
  if (!campaign) throw badInput(field, `Survey campaign ${id} does not exist or is not run inside your scope`, 'notFound', { id });
  return campaign;
}

export async function createCampaign(em: EntityManager, scope: Scope, viewer: Viewer, input: CreateSurveyCampaignInput): Promise<SurveyCampaign> {
  const overall = input.items.filter((item) => item.overall).length;
  if (overall !== 1) throw badInput('input.items', `exactly one item must be the overall question, ${overall} are`, 'oneOverallQuestion', { count: overall });
  const codes = input.items.map((item) => item.code.toUpperCase());
  const repeated = codes.find((code, i) => codes.indexOf(code) !== i);
  if (repeated) throw badInput('input.items', `item code ${repeated} is used twice`, 'itemCodeTwice', { code: repeated });
  return em.transactional(async (tx) => {
    const organiser = await tx.findOne(OrgUnit, { id: Number(input.organiserId), ...scope.where() });
    if (!organiser || !(organiser.kind === OrgUnitKind.County || TOWNSHIP_KINDS.includes(organiser.kind))) {
      throw badInput('input.organiserId', `Organiser ${input.organiserId} must be a county or township inside your scope`, 'organiserNotInScope', {
        id: input.organiserId,
      });
    }
    const campaign = tx.create(SurveyCampaign, {
      organiser,
      countyId: countyIdOf(organiser.path),
      name: input.name,
      year: input.year,
      scale: input.scale,
      startedOn: input.startedOn,
    });
    input.items.forEach((item, i) => tx.create(SurveyItem, { campaign, position: i + 1, code: codes[i], text: item.text, overall: item.overall }));
    await tx.flush();
    audit(tx, viewer, {
      action: 'createSurveyCampaign',
      entityType: 'SurveyCampaign',
      entityId: campaign.id,
      after: { ...snapshot(campaign), items: input.items },
    });
    await tx.flush();
    return campaign;
  });
}

export async function closeCampaign(em: EntityManager, scope: Scope, viewer: Viewer, id: number, endedOn: string): Promise<SurveyCampaign> {
  return em.transactional(async (tx) => {
    const campaign = await campaignToRun(tx, scope, id, 'id');
    if (endedOn < campaign.startedOn)
      throw badInput('endedOn', `endedOn (${endedOn}) must not be before the start (${campaign.startedOn})`, 'endBeforeStart', {
        start: campaign.startedOn,
        end: endedOn,
      });
    const before = snapshot(campaign);
    campaign.status = SurveyStatus.Closed;
    campaign.endedOn = endedOn;
    audit(tx, viewer, { action: 'closeSurveyCampaign', entityType: 'SurveyCampaign', entityId: campaign.id, before, after: snapshot(campaign) });
    await tx.flush();
    return campaign;
  });
}

/**
 * Draws (or redraws, while nobody has answered) the sample: for each village, `households` of
 * the village register's households, reproducibly from the seed (drawSample in @township/shared).
 */
export async function drawCampaignSample(em: EntityManager, scope: Scope, viewer: Viewer, input: DrawSurveySampleInput): Promise<SurveyCampaign> {
  const villageIds = input.villages.map((v) => Number(v.villageId));
  const repeated = villageIds.find((id, i) => villageIds.indexOf(id) !== i);
  if (repeated != null) throw badInput('input.villages', `village ${repeated} is listed twice`, 'listedTwice');
  return em.transactional(async (tx) => {
    const campaign = await campaignToRun(tx, scope, Number(input.campaignId), 'input.campaignId');
    if (campaign.status !== SurveyStatus.Open)
      throw new DomainError(ErrorCode.Conflict, 'The campaign is closed', 'input.campaignId', refusal('campaignClosed'));
    const { answered } = (await queryOne(tx, sql<{ answered: string }>`select count(*) as answered from survey_response where campaign_id = ${campaign.id}`))!;
    if (Number(answered))
      throw new DomainError(
        ErrorCode.Conflict,
        `The sample cannot be redrawn: ${answered} households have already answered`,
        'input.campaignId',
        refusal('sampleAnswered', { count: Number(answered) }),
      );
    const villages = await tx.find(OrgUnit, { id: { $in: villageIds }, kind: { $in: [...VILLAGE_KINDS] }, path: { $like: `${campaign.organiser.path}%` } });
    const byId = new Map(villages.map((v) => [v.id, v]));
    input.villages.forEach((planned, i) => {
      const village = byId.get(Number(planned.villageId));
      if (!village || !scope.contains(village.path))
        throw badInput(
          `input.villages.${i}.villageId`,
          `Village ${planned.villageId} is not below ${campaign.organiser.name} inside your scope`,
          'villageNotUnderOrganiser',
          { id: planned.villageId, organiser: campaign.organiser.name },
        );
      if (planned.households > (village.households ?? 0)) {
        throw badInput(
          `input.villages.${i}.households`,
          `${village.name} has ${village.households ?? 0} households on its profile; cannot draw ${planned.households}`,
          'tooFewHouseholds',
          { village: village.name, households: village.households ?? 0, wanted: planned.households },
        );
      }
    });
    const seed = input.seed ?? randomInt(0, 2 ** 31 - 1);
    const rows = input.villages.flatMap((planned) => {
      const village = byId.get(Number(planned.villageId))!;
      return drawSample(seed, village.code, village.households!, planned.households).map((registerNo, i) => ({
        village_id: village.id,
        ordinal: i + 1,
        register_no: registerNo,
        reference: sampleReference(village.code, i + 1),
      }));
    });
    await query(tx, sql`delete from survey_household where campaign_id = ${campaign.id}`);
    await query(
      tx,
      sql`insert into survey_household (campaign_id, village_id, county_id, ordinal, register_no, reference)
       select ${campaign.id}, r.village_id, ${campaign.countyId}, r.ordinal, r.register_no, r.reference
         from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as r(village_id int, ordinal int, register_no int, reference text)`,
    );
    const before = snapshot(campaign);
    campaign.sampleSeed = seed;
    audit(tx, viewer, {
      action: 'drawSurveySample',
      entityType: 'SurveyCampaign',
      entityId: campaign.id,
      before,
      after: { ...snapshot(campaign), plan: input.villages.map((v) => ({ villageId: Number(v.villageId), households: v.households })) },
    });
    await tx.flush();
    return campaign;
  });
}
