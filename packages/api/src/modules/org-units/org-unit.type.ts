import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { OrgUnitKind, VillageCategory } from '@township/shared';
import { OrgUnitKindEnum, VillageCategoryEnum } from '../../graphql/enums.js';

@ObjectType('OrgUnit', { description: 'A unit of the administrative tree: county, township, village or service zone.' })
export class OrgUnitType {
  @Field(() => ID, { description: 'Stable identifier.' })
  id!: number;

  @Field(() => String, { description: 'Administrative division code (12 digits for a village).' })
  code!: string;

  @Field(() => String, { description: 'Official name, e.g. 洪凝镇 or 张家庄村.' })
  name!: string;

  @Field(() => OrgUnitKindEnum, { description: 'Level and type.' })
  kind!: OrgUnitKind;

  @Field(() => Int, { description: 'Depth in the tree: 0 county, 1 township, 2 village, 3 service zone.' })
  depth!: number;
}

@ObjectType('Township', { description: 'A township-level unit (乡, 镇 or 街道) with totals over its villages.' })
export class TownshipType {
  @Field(() => ID, { description: 'Stable identifier.' })
  id!: number;

  @Field(() => String, { description: 'Administrative division code (9 digits).' })
  code!: string;

  @Field(() => String, { description: 'Official name, e.g. 洪凝镇.' })
  name!: string;

  @Field(() => OrgUnitKindEnum, { description: 'TOWNSHIP (乡), TOWN (镇) or STREET (街道).' })
  kind!: OrgUnitKind;
}

@ObjectType('Village', { description: "A village committee (村委会) or residents' committee (居委会) with its profile." })
export class VillageType {
  @Field(() => ID, { description: 'Stable identifier.' })
  id!: number;

  @Field(() => String, { description: 'Administrative division code (12 digits).' })
  code!: string;

  @Field(() => String, { description: 'Official name, e.g. 张家庄村.' })
  name!: string;

  @Field(() => OrgUnitKindEnum, { description: 'VILLAGE_COMMITTEE or RESIDENTS_COMMITTEE.' })
  kind!: OrgUnitKind;

  @Field(() => VillageCategoryEnum, { nullable: true, description: 'Category for differentiated targets (分类指导).' })
  category?: VillageCategory | null;

  @Field(() => Int, { nullable: true, description: 'Households (户数) on the profile.' })
  households?: number | null;

  @Field(() => Int, { nullable: true, description: 'Registered population (总人口) on the profile.' })
  population?: number | null;

  @Field(() => Int, { nullable: true, description: 'Married women of childbearing age (已婚育龄妇女) on the profile.' })
  marriedWomen?: number | null;

  @Field(() => Float, { nullable: true, description: 'Latitude of the village centre (WGS 84).' })
  latitude?: number | null;

  @Field(() => Float, { nullable: true, description: 'Longitude of the village centre (WGS 84).' })
  longitude?: number | null;
}
