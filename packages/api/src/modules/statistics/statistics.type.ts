import { Arg, Field, Float, Int, ObjectType } from 'type-graphql';
import { badInput, IndicatorKey } from '@township/shared';
import { DateTimeScalar, MonthScalar } from '../../graphql/scalars.js';
import { IndicatorKeyEnum } from '../../graphql/enums.js';

const counts = {
  population: 'Registered population at month end.',
  households: 'Households at month end.',
  marriedWomen: 'Married women of childbearing age (已婚育龄妇女) at month end.',
  births: 'Live births in the month.',
  birthsMale: 'Of which boys.',
  birthsFemale: 'Of which girls.',
  birthsInPolicy: 'Births within policy (合法生育).',
  deaths: 'Deaths in the month.',
  contraceptionUsers: 'Married women using long-acting contraception (长效节育措施) at month end.',
  healthChecksDue: 'Health checks due in the month (季度健康查体).',
  healthChecksDone: 'Health checks done in the month.',
  floatingIn: 'Floating population registered in (流入).',
  floatingOut: 'Floating population registered out (流出).',
  feeDue: 'Social maintenance fee due, yuan (社会抚养费).',
  feeCollected: 'Social maintenance fee collected, yuan.',
  incentivesPaid: 'Incentive payments made, yuan (奖励扶助).',
} as const;

/** The monthly flows, shared by a month's report and a period's sums (registered so subclasses inherit; not itself in the schema). */
@ObjectType('FlowCounts', { description: 'Monthly flows.' })
abstract class FlowCounts {
  @Field(() => Int, { description: counts.births }) births!: number;
  @Field(() => Int, { description: counts.birthsMale }) birthsMale!: number;
  @Field(() => Int, { description: counts.birthsFemale }) birthsFemale!: number;
  @Field(() => Int, { description: counts.birthsInPolicy }) birthsInPolicy!: number;
  @Field(() => Int, { description: counts.deaths }) deaths!: number;
  @Field(() => Int, { description: counts.healthChecksDue }) healthChecksDue!: number;
  @Field(() => Int, { description: counts.healthChecksDone }) healthChecksDone!: number;
  @Field(() => Int, { description: counts.floatingIn }) floatingIn!: number;
  @Field(() => Int, { description: counts.floatingOut }) floatingOut!: number;
  @Field(() => Int, { description: counts.feeDue }) feeDue!: number;
  @Field(() => Int, { description: counts.feeCollected }) feeCollected!: number;
  @Field(() => Int, { description: counts.incentivesPaid }) incentivesPaid!: number;
}

@ObjectType('VillageStatistic', { description: "One village's monthly report." })
export class VillageStatisticType extends FlowCounts {
  @Field(() => MonthScalar, { description: 'The month reported.' }) month!: string;
  @Field(() => Int, { description: counts.population }) population!: number;
  @Field(() => Int, { description: counts.households }) households!: number;
  @Field(() => Int, { description: counts.marriedWomen }) marriedWomen!: number;
  @Field(() => Int, { description: counts.contraceptionUsers }) contraceptionUsers!: number;
  @Field(() => DateTimeScalar, { description: 'When the report was last recorded.' }) recordedAt!: Date;
}

@ObjectType('StatisticTotals', {
  description: 'Sums of the monthly counts over a period; stocks (population, married women, contraception users) are as of the last month.',
})
export class StatisticTotalsType extends FlowCounts {
  @Field(() => Int, { description: `${counts.population} Last month of the period.` }) population!: number;
  @Field(() => Int, { description: `${counts.marriedWomen} Last month of the period.` }) marriedWomen!: number;
  @Field(() => Int, { description: `${counts.contraceptionUsers} Last month of the period.` }) contraceptionUsers!: number;
}

@ObjectType('IndicatorValue', { description: 'A derived indicator with the inputs it came from: value = numerator / denominator × factor.' })
export class IndicatorValueType {
  @Field(() => IndicatorKeyEnum, { description: 'Which indicator.' }) key!: IndicatorKey;
  @Field(() => Float, { nullable: true, description: 'The value, rounded to 2 decimals; null when the denominator is 0.' }) value!: number | null;
  @Field(() => Float, { description: 'Sum of the numerator over the period (e.g. boys born).' }) numerator!: number;
  @Field(() => Float, { description: 'Sum of the denominator over the period (e.g. girls born; person-months for ‰ rates).' }) denominator!: number;
  @Field(() => Float, { description: 'Multiplier applied (100 for %, 12000 for annual ‰ over person-months).' }) factor!: number;
  @Field(() => Boolean, { description: 'False when the denominator is too small for the figure to mean much (e.g. a sex ratio from 9 births).' })
  reliable!: boolean;
  @Field(() => String, { description: 'Unit of the value: %, ‰ or ratio (per 100 girls).' }) unit!: string;
  @Field(() => String, { description: 'The rule in words, for explaining the figure.' }) formula!: string;
}

@ObjectType('IndicatorSummary', { description: 'Indicators of a unit (its villages rolled up) over a period, or over one month of a series.' })
export class IndicatorSummaryType {
  orgUnitId!: number;
  @Field(() => MonthScalar, { description: 'First month covered.' }) from!: string;
  @Field(() => MonthScalar, { description: 'Last month covered.' }) to!: string;
  @Field(() => Int, { description: 'Villages with at least one report in the period.' }) villagesReporting!: number;
  @Field(() => StatisticTotalsType, { description: 'The summed counts behind the indicators.' }) totals!: StatisticTotalsType;
  @Field(() => [IndicatorValueType], { description: 'Every indicator.' }) values!: IndicatorValueType[];

  @Field(() => IndicatorValueType, { description: 'One indicator.' })
  value(@Arg('key', () => IndicatorKeyEnum, { description: 'Which indicator.' }) key: IndicatorKey): IndicatorValueType {
    const found = this.values.find((v) => v.key === key);
    if (!found) throw badInput('key', `Unknown indicator ${key}`, 'unknownIndicator', { key });
    return found;
  }
}
