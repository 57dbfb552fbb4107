import { Field, ID, Int, ObjectType, UseMiddleware } from 'type-graphql';
import { CadreRole, Education, Gender } from '@township/shared';
import { PersonalData } from '../../graphql/auth.js';
import { DateScalar } from '../../graphql/scalars.js';
import { CadreRoleEnum, EducationEnum, GenderEnum } from '../../graphql/enums.js';

@ObjectType('Cadre', { description: 'A person doing family-planning work: township cadre, stationed cadre, village officer, group head…' })
export class CadreType {
  @Field(() => ID, { description: 'Stable identifier.' })
  id!: number;

  @Field(() => String, { description: 'Full name.' })
  name!: string;

  @Field(() => GenderEnum, { description: 'Sex.' })
  gender!: Gender;

  @Field(() => Int, { nullable: true, description: 'Year of birth.' })
  birthYear?: number | null;

  @Field(() => EducationEnum, { nullable: true, description: 'Highest education completed.' })
  education?: Education | null;

  @Field(() => String, { nullable: true, description: 'Mobile phone. Personal data: masked for roles that do not handle it.' })
  @UseMiddleware(PersonalData)
  phone?: string | null;

  @Field(() => [CadreRoleEnum], { description: 'Functions the person holds.' })
  roles!: CadreRole[];

  @Field(() => Boolean, { description: 'False once the person has left the work.' })
  active!: boolean;
}

@ObjectType('CadreAssignment', { description: 'A cadre made responsible for a unit from a date, until an end date (驻村负责制).' })
export class CadreAssignmentType {
  @Field(() => ID, { description: 'Stable identifier.' })
  id!: number;

  @Field(() => CadreRoleEnum, { description: 'The function held for this unit, e.g. STATIONED_CADRE.' })
  role!: CadreRole;

  @Field(() => DateScalar, { description: 'First day of responsibility.' })
  startDate!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Last day of responsibility; null while it lasts.' })
  endDate?: string | null;
}
