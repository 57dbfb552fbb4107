import { Field, ID, InputType } from 'type-graphql';
import { Length } from 'class-validator';
import type { AppealKind, AssessmentGrade } from '@township/shared';
import { AppealKindEnum, AssessmentGradeEnum } from '../assessment.enums.js';

@InputType({ description: 'An appeal against a veto or a grade.' })
export class FileAppealInput {
  @Field(() => ID, { description: 'The village.' }) villageId!: number;
  @Field(() => String, { description: 'Period of the result contested.' }) period!: string;
  @Field(() => AppealKindEnum, { description: 'Veto or grade.' }) kind!: AppealKind;
  @Field(() => String, { description: 'Why the village contests it.' })
  @Length(1, 1000, { message: 'reason must be 1 to 1000 characters' })
  reason!: string;
}

@InputType({ description: "A leader's decision on an appeal." })
export class DecideAppealInput {
  @Field(() => Boolean, { description: 'True: the appeal is upheld (veto evidence set aside, or the grade fixed); false: the decision stands.' })
  upheld!: boolean;
  @Field(() => String, { description: 'The reason for the decision (kept and read out in the result’s explanation).' })
  @Length(1, 1000, { message: 'reason must be 1 to 1000 characters' })
  reason!: string;
  @Field(() => AssessmentGradeEnum, { nullable: true, description: 'Upheld grade appeals: the grade decided.' }) newGrade?: AssessmentGrade;
}
