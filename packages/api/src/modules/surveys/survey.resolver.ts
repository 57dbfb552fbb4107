import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { notFound, SCALE_ANSWERS, SURVEY_RUNNER_ROLES, SurveyStatus, type SatisfactionAnswer } from '@township/shared';
import { Cost } from '../../graphql/cost.js';
import type { RequestContext } from '../../graphql/context.js';
import { Connection, PageArgs } from '../../graphql/connection.js';
import { DateScalar } from '../../graphql/scalars.js';
import { orgUnitById, OrgUnitType, refId } from '../org-units/index.js';
import { closeCampaign, createCampaign, drawCampaignSample, getCampaign, listCampaigns, visibleCampaigns } from './campaign.service.js';
import { importResponses } from './import.service.js';
import { submitResponse } from './response.service.js';
import { emptyResult } from './satisfaction.service.js';
import { listSample } from './sample.service.js';
import { importTemplate } from './template.service.js';
import { itemById, itemsByCampaign, resultsByCampaign, sampleVillages } from './survey.loaders.js';
import { SurveyCampaign } from './survey-campaign.entity.js';
import { SurveyImport } from './survey-import.entity.js';
import { ImportFileFormat, SatisfactionAnswerEnum, SatisfactionGrouping } from './survey.enums.js';
import { CreateSurveyCampaignInput, DrawSurveySampleInput, ImportSurveyResponsesInput, SurveyCampaignFilter, SurveyResponseInput } from './survey.inputs.js';
import {
  FileDownloadType,
  SampledHouseholdType,
  SampleVillageType,
  SatisfactionResultType,
  SatisfactionTrendPointType,
  SurveyCampaignType,
  SurveyImportRecordType,
  SurveyImportReportType,
  SurveyItemType,
  SurveyResponseReceiptType,
} from './survey.type.js';

export const SurveyCampaignConnection = Connection(SurveyCampaignType, 'SurveyCampaign', 'A page of survey campaigns, newest first.');
export const SampledHouseholdConnection = Connection(SampledHouseholdType, 'SampledHousehold', 'A page of sampled households, by reference.');

const isRunner = (ctx: RequestContext) => SURVEY_RUNNER_ROLES.includes(ctx.user.role);

@Resolver(() => SurveyCampaignType)
export class SurveyCampaignResolver {
  @Query(() => SurveyCampaignConnection, { description: 'Survey campaigns run in your scope or sampling villages in it, newest first.' })
  async surveyCampaigns(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => SurveyCampaignFilter, { nullable: true, description: 'Conditions the campaigns must meet.' }) filter: SurveyCampaignFilter | undefined,
    @Ctx() ctx: RequestContext,
  ) {
    return listCampaigns(ctx.em, ctx.scope, { ...page, filter });
  }

  @Query(() => SurveyCampaignType, { description: 'One survey campaign visible in your scope.' })
  surveyCampaign(@Arg('id', () => ID, { description: 'The campaign id.' }) id: number, @Ctx() ctx: RequestContext) {
    return getCampaign(ctx.em, ctx.scope, Number(id));
  }

  @Query(() => [SatisfactionTrendPointType], {
    complexity: Cost.aggregate,
    description:
      'Overall satisfaction of a unit in your scope across every visible campaign, oldest first (campaigns without answers there included, with empty figures).',
  })
  async satisfactionTrend(@Arg('orgUnitId', () => ID, { description: 'County, township or village.' }) orgUnitId: number, @Ctx() ctx: RequestContext) {
    const unit = await orgUnitById(ctx).load(Number(orgUnitId));
    if (!unit) throw notFound('Org unit', orgUnitId);
    ctx.scope.assertContains(unit);
    const campaigns = await visibleCampaigns(ctx.em, ctx.scope);
    const loader = resultsByCampaign(ctx, SatisfactionGrouping.ALL, null, unit.path);
    return Promise.all(
      campaigns.map(async (campaign) => ({
        campaign,
        result: (await loader.load(campaign.id))[0] ?? emptyResult(campaign.id, campaign.scale),
      })),
    );
  }

  @Authorized(...SURVEY_RUNNER_ROLES)
  @Query(() => FileDownloadType, {
    complexity: Cost.aggregate,
    description: 'The import file for paper forms: header row, and a row per unanswered sampled household in your scope with its reference filled in.',
  })
  surveyImportTemplate(
    @Arg('campaignId', () => ID, { description: 'The campaign.' }) campaignId: number,
    @Arg('format', () => ImportFileFormat, { defaultValue: ImportFileFormat.CSV, description: 'CSV (UTF-8 with BOM) or XLSX.' }) format: ImportFileFormat,
    @Ctx() ctx: RequestContext,
  ) {
    return importTemplate(ctx.em, ctx.scope, Number(campaignId), format);
  }

  @Authorized(...SURVEY_RUNNER_ROLES)
  @Mutation(() => SurveyCampaignType, { description: 'Starts a survey campaign with its questionnaire.' })
  createSurveyCampaign(
    @Arg('input', () => CreateSurveyCampaignInput, { description: 'The campaign.' }) input: CreateSurveyCampaignInput,
    @Ctx() ctx: RequestContext,
  ) {
    return createCampaign(ctx.em, ctx.scope, ctx.user, input);
  }

  @Authorized(...SURVEY_RUNNER_ROLES)
  @Mutation(() => SurveyCampaignType, { description: 'Draws the sample (households per village) reproducibly from a seed; redraws while nobody has answered.' })
  drawSurveySample(@Arg('input', () => DrawSurveySampleInput, { description: 'The sampling plan.' }) input: DrawSurveySampleInput, @Ctx() ctx: RequestContext) {
    return drawCampaignSample(ctx.em, ctx.scope, ctx.user, input);
  }

  @Authorized(...SURVEY_RUNNER_ROLES)
  @Mutation(() => SurveyResponseReceiptType, {
    description: "Records one sampled household's answers; a second response for the same household is refused (CONFLICT).",
  })
  submitSurveyResponse(@Arg('input', () => SurveyResponseInput, { description: 'The response.' }) input: SurveyResponseInput, @Ctx() ctx: RequestContext) {
    return submitResponse(ctx.em, ctx.scope, ctx.user, input);
  }

  @Authorized(...SURVEY_RUNNER_ROLES)
  @Mutation(() => SurveyImportReportType, {
    description: 'Imports paper-form responses from a CSV or Excel file, reporting every bad row by line; never doubles an answer.',
  })
  importSurveyResponses(
    @Arg('input', () => ImportSurveyResponsesInput, { description: 'The file and how to treat bad rows.' }) input: ImportSurveyResponsesInput,
    @Ctx() ctx: RequestContext,
  ) {
    return importResponses(ctx.em, ctx.scope, ctx.user, input);
  }

  @Authorized(...SURVEY_RUNNER_ROLES)
  @Mutation(() => SurveyCampaignType, { description: 'Closes a campaign: it takes no more responses.' })
  closeSurveyCampaign(
    @Arg('id', () => ID, { description: 'The campaign id.' }) id: number,
    @Arg('endedOn', () => DateScalar, { description: 'Last day of fieldwork.' }) endedOn: string,
    @Ctx() ctx: RequestContext,
  ) {
    return closeCampaign(ctx.em, ctx.scope, ctx.user, Number(id), endedOn);
  }

  @FieldResolver(() => OrgUnitType, { description: 'The county or township that runs it.' })
  organiser(@Root() campaign: SurveyCampaign, @Ctx() ctx: RequestContext) {
    return orgUnitById(ctx).load(refId(campaign.organiser)!);
  }

  @FieldResolver(() => [SurveyItemType], { description: 'The questionnaire, in order.' })
  items(@Root() campaign: SurveyCampaign, @Ctx() ctx: RequestContext) {
    return itemsByCampaign(ctx).load(campaign.id);
  }

  @FieldResolver(() => [SatisfactionAnswerEnum], { description: 'The answers the scale offers, best first.' })
  answerOptions(@Root() campaign: SurveyCampaign): readonly SatisfactionAnswer[] {
    return SCALE_ANSWERS[campaign.scale];
  }

  @FieldResolver(() => Int, { nullable: true, description: 'Seed of the sample draw. Only for those who run surveys: with it the sample can be recomputed.' })
  sampleSeed(@Root() campaign: SurveyCampaign, @Ctx() ctx: RequestContext) {
    return isRunner(ctx) ? (campaign.sampleSeed ?? null) : null;
  }

  @FieldResolver(() => Boolean, { description: 'Whether responses are still taken.' })
  open(@Root() campaign: SurveyCampaign) {
    return campaign.status === SurveyStatus.Open;
  }

  @FieldResolver(() => SatisfactionResultType, {
    complexity: Cost.aggregate,
    description: 'Overall satisfaction (the overall question) over the sampled villages inside your scope.',
  })
  async overall(@Root() campaign: SurveyCampaign, @Ctx() ctx: RequestContext) {
    return (await resultsByCampaign(ctx, SatisfactionGrouping.ALL, null).load(campaign.id))[0] ?? emptyResult(campaign.id, campaign.scale);
  }

  @FieldResolver(() => [SatisfactionResultType], {
    complexity: Cost.aggregate,
    description: 'Results grouped by village (ranked), township (ranked), item, or all together; villages inside your scope only.',
  })
  results(
    @Root() campaign: SurveyCampaign,
    @Arg('groupBy', () => SatisfactionGrouping, { description: 'How to group.' }) groupBy: SatisfactionGrouping,
    @Arg('itemId', () => ID, { nullable: true, description: 'The question; the overall question when omitted (ITEM groups every question).' })
    itemId: number | undefined,
    @Ctx() ctx: RequestContext,
  ) {
    return resultsByCampaign(ctx, groupBy, itemId == null ? null : Number(itemId)).load(campaign.id);
  }

  @FieldResolver(() => [SampleVillageType], { description: 'The sampling plan inside your scope: households drawn and answered per village.' })
  sampleVillages(@Root() campaign: SurveyCampaign, @Ctx() ctx: RequestContext) {
    return sampleVillages(ctx).load(campaign.id);
  }

  @Authorized(...SURVEY_RUNNER_ROLES)
  @FieldResolver(() => SampledHouseholdConnection, {
    description: 'The sampled households inside your scope, with register numbers. Only for those who run surveys.',
  })
  async sample(
    @Root() campaign: SurveyCampaign,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('villageId', () => ID, { nullable: true, description: 'Only this village.' }) villageId: number | undefined,
    @Ctx() ctx: RequestContext,
  ) {
    return listSample(ctx.em, ctx.scope, campaign.id, { ...page, villageId });
  }

  @Authorized(...SURVEY_RUNNER_ROLES)
  @FieldResolver(() => [SurveyImportRecordType], { description: 'Past imports of paper forms, newest first. Only for those who run surveys.' })
  imports(@Root() campaign: SurveyCampaign, @Ctx() ctx: RequestContext) {
    return ctx.em.find(SurveyImport, { campaign: campaign.id }, { orderBy: { importedAt: 'desc', id: 'desc' } });
  }
}

@Resolver(() => SatisfactionResultType)
export class SatisfactionResultResolver {
  @FieldResolver(() => OrgUnitType, { nullable: true, description: 'The village or township (VILLAGE and TOWNSHIP groupings).' })
  orgUnit(@Root() result: SatisfactionResultType, @Ctx() ctx: RequestContext) {
    return result.orgUnitId == null ? null : orgUnitById(ctx).load(result.orgUnitId);
  }

  @FieldResolver(() => SurveyItemType, { nullable: true, description: 'The question (ITEM grouping).' })
  item(@Root() result: SatisfactionResultType, @Ctx() ctx: RequestContext) {
    return result.itemId == null ? null : itemById(ctx).load(result.itemId);
  }
}

@Resolver(() => SampleVillageType)
export class SampleVillageResolver {
  @FieldResolver(() => OrgUnitType, { description: 'The village.' })
  village(@Root() row: SampleVillageType, @Ctx() ctx: RequestContext) {
    return orgUnitById(ctx).load(row.villageId);
  }
}

@Resolver(() => SampledHouseholdType)
export class SampledHouseholdResolver {
  @FieldResolver(() => OrgUnitType, { description: 'Its village.' })
  village(@Root() row: SampledHouseholdType, @Ctx() ctx: RequestContext) {
    return orgUnitById(ctx).load(row.villageId);
  }
}
