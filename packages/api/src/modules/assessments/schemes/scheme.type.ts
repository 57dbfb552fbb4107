import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../../../graphql/scalars.js';

@ObjectType('AssessmentSchemeVersion', { description: 'One version of a scheme: every edit makes a new one; results name the version they used.' })
export class SchemeVersionType {
  @Field(() => Int, { description: 'Version number, from 1.' }) version!: number;
  @Field(() => String, { description: 'What changed, in the editor’s words.' }) note!: string;
  @Field(() => String, { description: 'Who saved it.' }) createdBy!: string;
  @Field(() => DateTimeScalar, { description: 'When it was saved.' }) createdAt!: Date;
}

@ObjectType('AssessmentScheme', { description: "A year's assessment scheme (考核方案) of a township, or of a county whose townships share it." })
export class AssessmentSchemeType {
  @Field(() => ID, { description: 'Stable identifier.' }) id!: number;
  @Field(() => Int, { description: 'The year assessed.' }) year!: number;
  @Field(() => String, { description: 'Title, e.g. 2026年度人口和计划生育目标管理责任制考核方案.' }) name!: string;
  @Field(() => Int, { description: 'Current version.' }) version!: number;
  @Field(() => ID, { nullable: true, description: 'The scheme it was copied from (usually last year’s).' }) copiedFromId?: number | null;
  @Field(() => DateTimeScalar, { description: 'When it was created.' }) createdAt!: Date;
  @Field(() => DateTimeScalar, { description: 'When it was last changed.' }) updatedAt!: Date;
}
