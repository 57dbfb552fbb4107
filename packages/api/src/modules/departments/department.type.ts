import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DepartmentCode } from '@township/shared';
import { DateScalar } from '../../graphql/scalars.js';
import { DepartmentCodeEnum } from '../../graphql/enums.js';

@ObjectType('Department', { description: 'A department that shares the work (齐抓共管) and signs a yearly responsibility letter.' })
export class DepartmentType {
  @Field(() => ID, { description: 'Stable identifier.' })
  id!: number;

  @Field(() => DepartmentCodeEnum, { description: 'Which of the twelve departments.' })
  code!: DepartmentCode;

  @Field(() => String, { description: 'Name, e.g. 洪凝镇派出所.' })
  name!: string;
}

@ObjectType('ResponsibilityLetter', { description: 'The yearly target-responsibility letter (责任书) a department signs with a township.' })
export class ResponsibilityLetterType {
  @Field(() => ID, { description: 'Stable identifier.' })
  id!: number;

  @Field(() => Int, { description: 'The year it covers.' })
  year!: number;

  @Field(() => DateScalar, { nullable: true, description: 'When it was signed; null while unsigned.' })
  signedOn?: string | null;

  @Field(() => String, { description: 'What the department undertakes.' })
  commitments!: string;
}
