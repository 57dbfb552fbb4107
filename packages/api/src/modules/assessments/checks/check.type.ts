import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import type { CheckKind, QualitativeGrade, VetoKind } from '@township/shared';
import { DateTimeScalar } from '../../../graphql/scalars.js';
import { CheckKindEnum, QualitativeGradeEnum, VetoKindEnum } from '../assessment.enums.js';

@ObjectType('CheckRound', { description: 'A round of checking: routine (平时考核) or a spot check drawn on the spot (现抽点).' })
export class CheckRoundType {
  @Field(() => ID, { description: 'Stable identifier.' }) id!: number;
  @Field(() => CheckKindEnum, { description: 'Routine or spot check.' }) kind!: CheckKind;
  @Field(() => String, { description: 'Name read out in explanations.' }) name!: string;
  @Field(() => String, {
    nullable: true,
    description: 'Seed of a spot check’s draw: villages are taken per township in md5(seed:villageId) order, so anyone can redraw it.',
  })
  seed?: string | null;
  @Field(() => Int, { nullable: true, description: 'Villages drawn per township (spot checks).' }) perTownship?: number | null;
  @Field(() => String, { description: 'Who created it.' }) createdBy!: string;
  @Field(() => DateTimeScalar, { description: 'When it was created.' }) createdAt!: Date;
}

@ObjectType('CheckValue', { description: "An inspector's finding for one village and item." })
export class CheckValueType {
  @Field(() => String, { description: 'Item code.' }) itemCode!: string;
  @Field(() => QualitativeGradeEnum, { nullable: true, description: 'Grade of a qualitative item.' }) grade?: QualitativeGrade | null;
  @Field(() => Float, { nullable: true, description: 'Value the village reported for the quarter (spot checks).' }) reportedValue?: number | null;
  @Field(() => Float, { nullable: true, description: 'Value verified on the spot.' }) verifiedValue?: number | null;
  @Field(() => String, { description: 'Written reason.' }) reason!: string;
  @Field(() => String, { description: 'Who recorded it.' }) recordedBy!: string;
  @Field(() => DateTimeScalar, { description: 'When.' }) recordedAt!: Date;
}

@ObjectType('CheckSample', { description: 'A village drawn in a spot check, with the discrepancy found (瞒漏错报).' })
export class CheckSampleType {
  roundId!: number;
  villageId!: number;
  @Field(() => Int, { description: 'Position in its township’s draw (1 = first drawn).' }) drawOrder!: number;
  @Field(() => Float, { nullable: true, description: 'Mean |reported − verified| / verified over the items checked, %; null until something is verified.' })
  discrepancyRate?: number | null;
  @Field(() => Int, { description: 'Items verified so far.' }) itemsChecked!: number;
}

@ObjectType('VetoEvent', { description: 'A veto event recorded by an inspector (一票否决).' })
export class VetoEventType {
  villageId!: number;
  @Field(() => ID, { description: 'Stable identifier (evidence key `veto_event:<id>`).' }) id!: number;
  @Field(() => VetoKindEnum, { description: 'The failure.' }) kind!: VetoKind;
  @Field(() => String, { description: 'When it happened (YYYY-MM-DD).' }) occurredOn!: string;
  @Field(() => String, { description: 'What happened.' }) summary!: string;
  @Field(() => String, { description: 'Where the evidence is kept.' }) evidence!: string;
  @Field(() => String, { description: 'Who recorded it.' }) recordedBy!: string;
  @Field(() => DateTimeScalar, { description: 'When it was recorded.' }) recordedAt!: Date;
}
