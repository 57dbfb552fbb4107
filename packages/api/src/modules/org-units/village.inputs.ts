import { Field, Float, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { IsIn, IsInt, IsNumber, IsOptional, Length, Matches, Max, Min } from 'class-validator';
import { INDICATOR_KEYS, INDICATOR_LABELS, OrgUnitKind, VillageCategory, VILLAGE_KINDS } from '@township/shared';
import { SortDirection } from '../../graphql/enums.js';
import { OrgUnitKindEnum, VillageCategoryEnum } from '../../graphql/enums.js';

@InputType({ description: 'Narrows a list of villages; all given conditions must hold.' })
export class VillageFilter {
  @Field(() => ID, { nullable: true, description: 'Only villages of this township.' })
  townshipId?: number;

  @Field(() => VillageCategoryEnum, { nullable: true, description: 'Only villages of this category.' })
  category?: VillageCategory;

  @Field(() => String, { nullable: true, description: 'Only villages whose name or code contains this text.' })
  @IsOptional()
  @Length(0, 50)
  search?: string;
}

export const VillageOrderField = {
  NAME: 'NAME',
  CODE: 'CODE',
  POPULATION: 'POPULATION',
  ...(Object.fromEntries(INDICATOR_KEYS.map((k) => [k, k])) as { [K in (typeof INDICATOR_KEYS)[number]]: K }),
} as const;
export type VillageOrderField = (typeof VillageOrderField)[keyof typeof VillageOrderField];
registerEnumType(VillageOrderField, {
  name: 'VillageOrderField',
  description: 'What to sort villages by. Indicator fields use the `period` argument of the list; villages without data sort last.',
  valuesConfig: {
    NAME: { description: 'Village name.' },
    CODE: { description: 'Administrative division code.' },
    POPULATION: { description: 'Profile population.' },
    ...Object.fromEntries(INDICATOR_KEYS.map((k) => [k, { description: `${INDICATOR_LABELS[k].en} (${INDICATOR_LABELS[k]['zh-CN']}) over the period.` }])),
  },
});

@InputType({ description: 'Sort order of a village list.' })
export class VillageOrder {
  @Field(() => VillageOrderField, { description: 'The sort key.' })
  field!: VillageOrderField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC, description: 'Ascending or descending.' })
  direction: SortDirection = SortDirection.ASC;
}

/** Fields a village's profile shares between creation and editing; type-graphql inherits fields only from a registered input type. */
@InputType('VillageProfileInput', { description: "A village's profile figures." })
abstract class VillageProfileInput {
  @Field(() => VillageCategoryEnum, { nullable: true, description: 'Category for differentiated targets.' })
  category?: VillageCategory | null;

  @Field(() => Int, { nullable: true, description: 'Households.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  households?: number | null;

  @Field(() => Int, { nullable: true, description: 'Registered population.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10_000_000)
  population?: number | null;

  @Field(() => Int, { nullable: true, description: 'Married women of childbearing age.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10_000_000)
  marriedWomen?: number | null;

  @Field(() => Float, { nullable: true, description: 'Latitude (WGS 84), -90 to 90.' })
  @IsOptional()
  @IsNumber()
  @Min(-90)
  @Max(90)
  latitude?: number | null;

  @Field(() => Float, { nullable: true, description: 'Longitude (WGS 84), -180 to 180.' })
  @IsOptional()
  @IsNumber()
  @Min(-180)
  @Max(180)
  longitude?: number | null;
}

@InputType({ description: 'A new village under a township.' })
export class CreateVillageInput extends VillageProfileInput {
  @Field(() => ID, { description: 'The township it belongs to.' })
  townshipId!: number;

  @Field(() => String, { description: 'Administrative division code: 6 to 15 digits, unique.' })
  @Matches(/^\d{6,15}$/, { message: 'code must be 6 to 15 digits' })
  code!: string;

  @Field(() => String, { description: 'Official name.' })
  @Length(1, 50, { message: 'name must be 1 to 50 characters' })
  name!: string;

  @Field(() => OrgUnitKindEnum, { defaultValue: OrgUnitKind.VillageCommittee, description: 'VILLAGE_COMMITTEE or RESIDENTS_COMMITTEE.' })
  @IsIn(VILLAGE_KINDS, { message: 'kind must be VILLAGE_COMMITTEE or RESIDENTS_COMMITTEE' })
  kind: OrgUnitKind = OrgUnitKind.VillageCommittee;
}

@InputType({ description: "Changes to a village's profile; omitted fields stay as they are." })
export class UpdateVillageInput extends VillageProfileInput {
  @Field(() => String, { nullable: true, description: 'New official name.' })
  @IsOptional()
  @Length(1, 50, { message: 'name must be 1 to 50 characters' })
  name?: string;
}
