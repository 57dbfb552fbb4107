import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { IsOptional, Length, Max, Min } from 'class-validator';
import { SchemeDefinitionType } from './scheme-definition.type.js';

@InputType({ description: 'A new scheme for a county or township and year.' })
export class CreateSchemeInput {
  @Field(() => ID, { description: 'The county or township it covers.' }) orgUnitId!: number;
  @Field(() => Int, { description: 'The year assessed.' })
  @Min(2000, { message: 'year must be 2000 or later' })
  @Max(2100, { message: 'year must be 2100 or earlier' })
  year!: number;
  @Field(() => String, { description: 'Title.' })
  @Length(1, 100, { message: 'name must be 1 to 100 characters' })
  name!: string;
  @Field(() => SchemeDefinitionType, { description: 'Items, targets, rules.' }) definition!: SchemeDefinitionType;
}

@InputType({ description: 'A new version of a scheme.' })
export class UpdateSchemeInput {
  @Field(() => String, { nullable: true, description: 'New title; unchanged when omitted.' })
  @Length(1, 100, { message: 'name must be 1 to 100 characters' })
  name?: string;
  @Field(() => String, { description: 'What changed and why (kept with the version).' })
  @Length(1, 500, { message: 'note must be 1 to 500 characters' })
  note!: string;
  @Field(() => SchemeDefinitionType, { description: 'The whole new definition.' }) definition!: SchemeDefinitionType;
}

@ArgsType()
export class CopySchemeArgs {
  @Field(() => ID, { description: 'The scheme copied.' }) fromId!: number;
  @Field(() => Int, { description: 'The year of the copy.' })
  @Min(2000, { message: 'year must be 2000 or later' })
  @Max(2100, { message: 'year must be 2100 or earlier' })
  year!: number;
  @Field(() => String, { nullable: true, description: 'Title of the copy; the old title with the year replaced when omitted.' })
  @IsOptional()
  @Length(1, 100, { message: 'name must be 1 to 100 characters' })
  name?: string;
}
