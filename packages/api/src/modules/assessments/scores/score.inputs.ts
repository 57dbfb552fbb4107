import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import type { AssessmentGrade, VillageCategory } from '@township/shared';
import { SortDirection, VillageCategoryEnum } from '../../../graphql/enums.js';
import { AssessmentGradeEnum } from '../assessment.enums.js';

@InputType({ description: 'Conditions on village scores.' })
export class VillageScoreFilter {
  @Field(() => ID, { nullable: true, description: 'Only villages of this township.' }) townshipId?: number;
  @Field(() => VillageCategoryEnum, { nullable: true, description: 'Only villages of this category.' }) category?: VillageCategory;
  @Field(() => AssessmentGradeEnum, { nullable: true, description: 'Only this grade.' }) grade?: AssessmentGrade;
  @Field(() => Boolean, { nullable: true, description: 'Only vetoed (true) or only not vetoed (false) villages.' }) vetoed?: boolean;
  @Field(() => ID, { nullable: true, description: 'Only results of this scheme.' }) schemeId?: number;
}

export const VillageScoreField = { RANK: 'RANK', TOTAL: 'TOTAL', NAME: 'NAME', CHANGE: 'CHANGE' } as const;
export type VillageScoreField = (typeof VillageScoreField)[keyof typeof VillageScoreField];
registerEnumType(VillageScoreField, {
  name: 'VillageScoreField',
  description: 'What village scores are sorted by.',
  valuesConfig: {
    RANK: { description: 'County rank (vetoed last).' },
    TOTAL: { description: 'Total points.' },
    NAME: { description: 'Village name.' },
    CHANGE: { description: 'County places gained since the previous period.' },
  },
});

@InputType({ description: 'Sort order of village scores.' })
export class VillageScoreOrder {
  @Field(() => VillageScoreField, { description: 'Sort key.' }) field!: VillageScoreField;
  @Field(() => SortDirection, { defaultValue: 'ASC', description: 'Direction.' }) direction!: SortDirection;
}
