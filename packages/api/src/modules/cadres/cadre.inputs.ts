import { Field, ID, InputType, Int } from 'type-graphql';
import { ArrayMinSize, ArrayUnique, IsInt, IsOptional, Length, Matches, Max, Min } from 'class-validator';
import { CadreRole, Education, Gender } from '@township/shared';
import { DateScalar } from '../../graphql/scalars.js';
import { CadreRoleEnum, EducationEnum, GenderEnum } from '../../graphql/enums.js';

@InputType({ description: 'Narrows a list of cadres; all given conditions must hold.' })
export class CadreFilter {
  @Field(() => ID, { nullable: true, description: 'Only cadres who belong to, or are assigned to, this unit or a unit below it.' })
  orgUnitId?: number;

  @Field(() => CadreRoleEnum, { nullable: true, description: 'Only cadres holding this function.' })
  role?: CadreRole;

  @Field(() => String, { nullable: true, description: 'Only cadres whose name contains this text.' })
  @IsOptional()
  @Length(0, 50)
  search?: string;
}

@InputType({ description: 'A cadre’s record, for creating or replacing it.' })
export class CadreInput {
  @Field(() => String, { description: 'Full name.' })
  @Length(1, 40, { message: 'name must be 1 to 40 characters' })
  name!: string;

  @Field(() => GenderEnum, { description: 'Sex.' })
  gender!: Gender;

  @Field(() => Int, { nullable: true, description: 'Year of birth, 1930 to this year.' })
  @IsOptional()
  @IsInt()
  @Min(1930)
  @Max(new Date().getFullYear())
  birthYear?: number | null;

  @Field(() => EducationEnum, { nullable: true, description: 'Highest education completed.' })
  education?: Education | null;

  @Field(() => String, { nullable: true, description: 'Mobile phone: 11 digits starting with 1.' })
  @IsOptional()
  @Matches(/^1\d{10}$/, { message: 'phone must be 11 digits starting with 1' })
  phone?: string | null;

  @Field(() => ID, { description: 'The unit the person belongs to.' })
  unitId!: number;

  @Field(() => [CadreRoleEnum], { description: 'Functions the person holds (at least one).' })
  @ArrayMinSize(1, { message: 'roles must name at least one function' })
  @ArrayUnique()
  roles!: CadreRole[];

  @Field(() => Boolean, { defaultValue: true, description: 'False once the person has left the work.' })
  active: boolean = true;
}

@InputType({ description: 'Makes a cadre responsible for a unit from a date.' })
export class AssignCadreInput {
  @Field(() => ID, { description: 'The cadre.' })
  cadreId!: number;

  @Field(() => ID, { description: 'The unit (usually a village) they become responsible for.' })
  orgUnitId!: number;

  @Field(() => CadreRoleEnum, { description: 'The function held for this unit.' })
  role!: CadreRole;

  @Field(() => DateScalar, { description: 'First day of responsibility.' })
  startDate!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Last day, if already known.' })
  endDate?: string | null;
}
