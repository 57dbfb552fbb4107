import { Field, ID, InputType, Int } from 'type-graphql';
import { MonthScalar } from '../../graphql/scalars.js';

/** Counts are checked together by validateStatistics (@township/shared), which names every bad field. */
@InputType({ description: "A village's report for one month. Recording the same village and month again replaces it." })
export class VillageStatisticsInput {
  @Field(() => ID, { description: 'The village.' }) villageId!: number;
  @Field(() => MonthScalar, { description: 'The month reported; not in the future.' }) month!: string;
  @Field(() => Int, { description: 'Registered population at month end.' }) population!: number;
  @Field(() => Int, { description: 'Households at month end.' }) households!: number;
  @Field(() => Int, { description: 'Married women of childbearing age at month end.' }) marriedWomen!: number;
  @Field(() => Int, { description: 'Live births; must equal birthsMale + birthsFemale.' }) births!: number;
  @Field(() => Int, { description: 'Boys born.' }) birthsMale!: number;
  @Field(() => Int, { description: 'Girls born.' }) birthsFemale!: number;
  @Field(() => Int, { description: 'Births within policy; at most births.' }) birthsInPolicy!: number;
  @Field(() => Int, { description: 'Deaths.' }) deaths!: number;
  @Field(() => Int, { description: 'Married women using long-acting contraception; at most marriedWomen.' }) contraceptionUsers!: number;
  @Field(() => Int, { description: 'Health checks due.' }) healthChecksDue!: number;
  @Field(() => Int, { description: 'Health checks done; at most healthChecksDue.' }) healthChecksDone!: number;
  @Field(() => Int, { description: 'Floating population registered in.' }) floatingIn!: number;
  @Field(() => Int, { description: 'Floating population registered out.' }) floatingOut!: number;
  @Field(() => Int, { description: 'Social maintenance fee due, yuan.' }) feeDue!: number;
  @Field(() => Int, { description: 'Social maintenance fee collected, yuan; at most feeDue.' }) feeCollected!: number;
  @Field(() => Int, { description: 'Incentive payments made, yuan.' }) incentivesPaid!: number;
}
