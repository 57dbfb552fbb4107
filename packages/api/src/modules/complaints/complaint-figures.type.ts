import { Arg, Field, Float, Int, ObjectType } from 'type-graphql';
import { badInput, type ComplaintCategory, type ComplaintRateKey, type OrgUnitKind } from '@township/shared';
import { MonthScalar } from '../../graphql/scalars.js';
import { OrgUnitType } from '../org-units/index.js';
import { ComplaintBreakdown, ComplaintCategoryEnum, ComplaintRateKeyEnum } from './complaint.enums.js';

/**
 * A cell's unit as the hotspot statement reads it, so a thousand cells name their units without
 * loading a thousand entities: what the `OrgUnit` type shows, and the parent's id its `parent` needs.
 */
export interface HotspotUnit {
  id: number;
  code: string;
  name: string;
  kind: OrgUnitKind;
  depth: number;
  parent: { id: number } | null;
}

@ObjectType('ComplaintHotspotCell', {
  description: 'Complaints of one unit (and category, and month, when broken down so), with the comparisons that make a hotspot.',
})
export class ComplaintHotspotCellType {
  orgUnitId!: number;

  @Field(() => OrgUnitType, { description: 'The unit.' })
  orgUnit!: HotspotUnit;

  @Field(() => ComplaintCategoryEnum, { nullable: true, description: 'The category; null when categories are added together.' })
  category!: ComplaintCategory | null;

  @Field(() => MonthScalar, { nullable: true, description: 'The month; null for the whole period.' })
  month!: string | null;

  @Field(() => Int, { description: 'Complaints received.' })
  count!: number;

  @Field(() => Int, { description: 'Complaints in the previous period of the same length (the previous month for a monthly cell).' })
  previousCount!: number;

  @Field(() => Int, { description: 'Complaints in the same period (month) a year earlier.' })
  lastYearCount!: number;

  @Field(() => Int, { description: "Population the rates are per: the sum of the unit's villages' profile population (in your scope)." })
  population!: number;

  @Field(() => Float, { nullable: true, description: 'count × 10,000 / population; null without population.' })
  per10k!: number | null;

  @Field(() => Float, { nullable: true, description: 'previousCount × 10,000 / population.' })
  previousPer10k!: number | null;

  @Field(() => Float, { nullable: true, description: '(count − previousCount) / previousCount; null when previousCount is 0.' })
  changeRate!: number | null;

  @Field(() => Float, { nullable: true, description: '(count − lastYearCount) / lastYearCount; null when lastYearCount is 0.' })
  lastYearChangeRate!: number | null;

  @Field(() => Float, { nullable: true, description: "Latitude of the village (the mean of its villages' for a township or the whole)." })
  latitude!: number | null;

  @Field(() => Float, { nullable: true, description: 'Longitude, likewise.' })
  longitude!: number | null;
}

@ObjectType('ComplaintHotspots', { description: 'Complaint counts by unit × category × month, raw and per 10,000 people, with their comparison periods.' })
export class ComplaintHotspotsType {
  @Field(() => MonthScalar, { description: 'First month of the period.' }) from!: string;
  @Field(() => MonthScalar, { description: 'Last month of the period.' }) to!: string;
  @Field(() => ComplaintBreakdown, { description: 'The units the cells are for.' }) breakdown!: ComplaintBreakdown;
  @Field(() => MonthScalar, { description: 'First month of the previous period (whole-period cells).' }) previousFrom!: string;
  @Field(() => MonthScalar, { description: 'Last month of the previous period.' }) previousTo!: string;
  @Field(() => String, { description: 'How the figures are computed, in words.' }) rule!: string;
  @Field(() => [ComplaintHotspotCellType], {
    description: 'Cells with any complaint in the period, its previous period or a year earlier; most per 10,000 people first (within each month).',
  })
  cells!: ComplaintHotspotCellType[];
}

@ObjectType('ComplaintRateCounts', { description: 'The counts behind the rates, over complaints received in the period, as of now.' })
export class ComplaintRateCountsType {
  @Field(() => Int, { description: 'Accepted, or past the acceptance deadline.' }) acceptanceDue!: number;
  @Field(() => Int, { description: 'Accepted no later than the acceptance deadline.' }) acceptedOnTime!: number;
  @Field(() => Int, { description: 'Replied, or past the reply deadline.' }) replyDue!: number;
  @Field(() => Int, { description: 'Replied no later than the reply deadline.' }) repliedOnTime!: number;
  @Field(() => Int, { description: 'The follow-up call reached the complainant.' }) reached!: number;
  @Field(() => Int, { description: 'Reached, and the problem is solved.' }) resolved!: number;
  @Field(() => Int, { description: 'Reached, and satisfied or basically satisfied.' }) satisfied!: number;
}

@ObjectType('ComplaintRate', { description: 'A handling rate with its inputs: value = numerator / denominator × 100.' })
export class ComplaintRateType {
  @Field(() => ComplaintRateKeyEnum, { description: 'Which rate.' }) key!: ComplaintRateKey;
  @Field(() => Float, { nullable: true, description: 'Percent, 2 decimals; null when the denominator is 0.' }) value!: number | null;
  @Field(() => Int, { description: 'The numerator count.' }) numerator!: number;
  @Field(() => Int, { description: 'The denominator count.' }) denominator!: number;
  @Field(() => Boolean, { description: 'False below the minimum number of cases (too few to compare or rank).' }) reliable!: boolean;
  @Field(() => String, { description: 'The rule in words.' }) formula!: string;
}

@ObjectType('ComplaintRateSummary', { description: 'Complaints of a unit (and month) with the four handling rates.' })
export class ComplaintRateSummaryType {
  orgUnitId!: number;
  @Field(() => MonthScalar, { nullable: true, description: 'The month received; null for the whole period.' }) month!: string | null;
  @Field(() => Int, { description: 'Complaints received.' }) received!: number;
  @Field(() => Int, { description: 'Of which not yet closed.' }) open!: number;
  @Field(() => Int, { description: 'Of which overdue now.' }) overdue!: number;
  @Field(() => ComplaintRateCountsType, { description: 'The counts behind the rates.' }) counts!: ComplaintRateCountsType;
  @Field(() => [ComplaintRateType], { description: 'Every rate.' }) rates!: ComplaintRateType[];

  @Field(() => ComplaintRateType, { description: 'One rate.' })
  rate(@Arg('key', () => ComplaintRateKeyEnum, { description: 'Which rate.' }) key: ComplaintRateKey): ComplaintRateType {
    const found = this.rates.find((r) => r.key === key);
    if (!found) throw badInput('key', `Unknown rate ${key}`, 'unknownRate', { key });
    return found;
  }
}

@ObjectType('ComplaintRankingEntry', { description: "A village's place in a ranking by one rate." })
export class ComplaintRankingEntryType {
  villageId!: number;
  @Field(() => Int, { description: '1 is best; equal values share a rank.' }) rank!: number;
  @Field(() => Float, { description: 'The rate, percent.' }) value!: number;
  @Field(() => Int, { description: 'Its numerator.' }) numerator!: number;
  @Field(() => Int, { description: 'Its denominator (cases counted).' }) denominator!: number;
  @Field(() => Int, { description: 'Complaints received in the period.' }) received!: number;
}

@ObjectType('ComplaintRanking', { description: 'Villages ranked by a handling rate; villages with too few cases are left out, not ranked on noise.' })
export class ComplaintRankingType {
  @Field(() => ComplaintRateKeyEnum, { description: 'The rate ranked by.' }) key!: ComplaintRateKey;
  @Field(() => Int, { description: 'Fewest cases (denominator) a village needs to be ranked.' }) minCases!: number;
  @Field(() => Int, { description: 'Villages ranked.' }) rankedCount!: number;
  @Field(() => Int, { description: 'Villages with cases but too few to rank.' }) unrankedCount!: number;
  @Field(() => String, { description: 'The rule in words.' }) rule!: string;
  @Field(() => [ComplaintRankingEntryType], { description: 'The ranked villages, in the order asked.' }) entries!: ComplaintRankingEntryType[];
}

@ObjectType('ComplaintCaseload', { description: 'Open, overdue and repeat cases of one unit.' })
export class ComplaintCaseloadType {
  orgUnitId!: number;
  @Field(() => Int, { description: 'Complaints received in the period.' }) received!: number;
  @Field(() => Int, { description: 'Open now (not closed), whenever received.' }) open!: number;
  @Field(() => Int, { description: 'Overdue now, whenever received.' }) overdue!: number;
  @Field(() => Int, { description: 'Complaints received in the period from repeat complainants (people with more than one complaint in your scope).' })
  repeatCases!: number;
  @Field(() => Int, { description: 'Repeat complainants among them.' }) repeatComplainants!: number;
}

@ObjectType('ComplaintUnitCount', { description: 'Complaints of one unit.' })
export class ComplaintUnitCountType {
  orgUnitId!: number;
  @Field(() => Int, { description: 'Complaints.' }) count!: number;
}

@ObjectType('ComplaintTopic', { description: "One category's volume in a month against its baseline: the figures that justify a joint-meeting topic." })
export class ComplaintTopicType {
  @Field(() => ComplaintCategoryEnum, { description: 'The category.' }) category!: ComplaintCategory;
  @Field(() => Int, { description: 'Complaints in the month.' }) count!: number;
  @Field(() => Int, { description: 'Complaints in the baseline months together.' }) baselineTotal!: number;
  @Field(() => Float, { description: 'Baseline: the monthly mean of the months before.' }) baseline!: number;
  @Field(() => Float, { description: '(count − baseline) / max(baseline, 1).' }) growth!: number;
  @Field(() => Boolean, { description: 'Whether it meets the rising rule (enough volume and increase).' }) rising!: boolean;
  @Field(() => Int, { description: 'Complaints in the same month a year earlier.' }) lastYearCount!: number;
  @Field(() => Float, { nullable: true, description: 'Complaints in the month per 10,000 people.' }) per10k!: number | null;
  @Field(() => [ComplaintUnitCountType], {
    description: 'Where they came from: the units below with the most (townships of a county, villages of a township), up to 3.',
  })
  topUnits!: ComplaintUnitCountType[];
}

@ObjectType('ComplaintTopicReport', {
  description: 'Categories of a month ranked by growth; the fastest rising is proposed as the joint meeting’s topic of the month (一月一题).',
})
export class ComplaintTopicReportType {
  @Field(() => MonthScalar, { description: 'The month.' }) month!: string;
  @Field(() => MonthScalar, { description: 'First baseline month.' }) baselineFrom!: string;
  @Field(() => MonthScalar, { description: 'Last baseline month.' }) baselineTo!: string;
  @Field(() => ComplaintTopicType, { nullable: true, description: 'The proposed topic: the fastest-rising category; null when none is rising.' })
  proposed!: ComplaintTopicType | null;
  @Field(() => [ComplaintTopicType], { description: 'Every category with complaints, rising ones first by growth, then the others by count.' })
  topics!: ComplaintTopicType[];
  @Field(() => String, { description: 'The rule in words.' }) rule!: string;
}

@ObjectType('ComplaintOverview', { description: "The overview tile: what is open and overdue now, this month's intake and the rising categories." })
export class ComplaintOverviewType {
  @Field(() => MonthScalar, { description: 'The current month (China time).' }) month!: string;
  @Field(() => Int, { description: 'Open complaints.' }) open!: number;
  @Field(() => Int, { description: 'Of which overdue.' }) overdue!: number;
  @Field(() => Int, { description: 'Received this month so far.' }) receivedThisMonth!: number;
  @Field(() => Int, { description: 'Received last month.' }) receivedLastMonth!: number;
  @Field(() => Int, { description: 'Petitions that reached above county level, received this calendar year (each vetoes its village).' })
  aboveCountyThisYear!: number;
  @Field(() => ComplaintTopicReportType, { description: 'Rising categories of the last complete month.' }) topics!: ComplaintTopicReportType;
}
