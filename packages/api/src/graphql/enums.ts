import { registerEnumType } from 'type-graphql';
import {
  CADRE_ROLE_LABELS,
  CadreRole,
  DEPARTMENT_LABELS,
  DepartmentCode,
  Education,
  EDUCATION_LABELS,
  Gender,
  INDICATOR_LABELS,
  IndicatorKey,
  ORG_UNIT_KIND_LABELS,
  OrgUnitKind,
  Role,
  ROLE_LABELS,
  VillageCategory,
} from '@township/shared';

export type LabelTable = Record<string, Record<'zh-CN' | 'en', string>>;

/**
 * type-graphql names enum values after the object's keys; the shared enums have readable TS keys
 * (`Role.Leader`) but the schema speaks in their values (`LEADER`), so register value-keyed copies.
 */
export function byValue<T extends Record<string, string>>(e: T): { [V in T[keyof T]]: V } {
  return Object.fromEntries(Object.values(e).map((v) => [v, v])) as { [V in T[keyof T]]: V };
}

export const RoleEnum = byValue(Role);
export const OrgUnitKindEnum = byValue(OrgUnitKind);
export const VillageCategoryEnum = byValue(VillageCategory);
export const CadreRoleEnum = byValue(CadreRole);
export const EducationEnum = byValue(Education);
export const GenderEnum = byValue(Gender);
export const DepartmentCodeEnum = byValue(DepartmentCode);
export const IndicatorKeyEnum = byValue(IndicatorKey);

/** Enum value descriptions come from the shared label tables, so the schema speaks both languages. */
export function describe(labels: LabelTable) {
  return Object.fromEntries(Object.entries(labels).map(([key, l]) => [key, { description: `${l.en} (${l['zh-CN']})` }]));
}

registerEnumType(RoleEnum, { name: 'Role', description: 'What a signed-in user may do.', valuesConfig: describe(ROLE_LABELS) });
registerEnumType(OrgUnitKindEnum, {
  name: 'OrgUnitKind',
  description: 'Level and type of an administrative unit.',
  valuesConfig: describe(ORG_UNIT_KIND_LABELS),
});
registerEnumType(VillageCategoryEnum, {
  name: 'VillageCategory',
  description: 'Category for differentiated targets (分类指导): A strongest, C weakest.',
  valuesConfig: { A: { description: 'Advanced (先进类)' }, B: { description: 'Average (一般类)' }, C: { description: 'Weak, needs most help (后进类)' } },
});
registerEnumType(CadreRoleEnum, {
  name: 'CadreRole',
  description: "A cadre's function in the responsibility system.",
  valuesConfig: describe(CADRE_ROLE_LABELS),
});
registerEnumType(EducationEnum, { name: 'Education', description: 'Highest education completed.', valuesConfig: describe(EDUCATION_LABELS) });
registerEnumType(GenderEnum, {
  name: 'Gender',
  description: 'Sex of a person.',
  valuesConfig: { FEMALE: { description: 'Female (女)' }, MALE: { description: 'Male (男)' } },
});
registerEnumType(DepartmentCodeEnum, {
  name: 'DepartmentCode',
  description: 'The twelve departments that share the work (齐抓共管).',
  valuesConfig: describe(DEPARTMENT_LABELS),
});
registerEnumType(IndicatorKeyEnum, {
  name: 'IndicatorKey',
  description: 'A derived indicator computed from village statistics.',
  valuesConfig: describe(INDICATOR_LABELS),
});

export const SortDirection = { ASC: 'ASC', DESC: 'DESC' } as const;
export type SortDirection = (typeof SortDirection)[keyof typeof SortDirection];
registerEnumType(SortDirection, {
  name: 'SortDirection',
  description: 'Order of a sorted list.',
  valuesConfig: { ASC: { description: 'Smallest first.' }, DESC: { description: 'Largest first.' } },
});
