import type { CadreRole, DepartmentCode, Education, OrgUnitKind, Role } from './enums.js';
import type { IndicatorKey } from './indicators.js';

/** Label tables for enum values, in the UI's two languages. zh-CN uses the sources' own terms. */
export type Locale = 'zh-CN' | 'en';
type Labels<K extends string> = Record<K, Record<Locale, string>>;

export const ORG_UNIT_KIND_LABELS: Labels<OrgUnitKind> = {
  COUNTY: { 'zh-CN': '县', en: 'County' },
  TOWNSHIP: { 'zh-CN': '乡', en: 'Township' },
  TOWN: { 'zh-CN': '镇', en: 'Town' },
  STREET: { 'zh-CN': '街道', en: 'Street' },
  VILLAGE_COMMITTEE: { 'zh-CN': '村委会', en: 'Village committee' },
  RESIDENTS_COMMITTEE: { 'zh-CN': '居委会', en: "Residents' committee" },
  SERVICE_ZONE: { 'zh-CN': '服务区', en: 'Service zone' },
};

export const ROLE_LABELS: Labels<Role> = {
  LEADER: { 'zh-CN': '乡镇领导', en: 'Leader' },
  OFFICE: { 'zh-CN': '计生办', en: 'Family-planning office' },
  VILLAGE: { 'zh-CN': '村计生专干', en: 'Village officer' },
  DEPARTMENT: { 'zh-CN': '部门', en: 'Department' },
  ANALYST: { 'zh-CN': '分析员', en: 'Analyst' },
  ADMIN: { 'zh-CN': '系统管理员', en: 'Administrator' },
};

export const CADRE_ROLE_LABELS: Labels<CadreRole> = {
  PARTY_GOVERNMENT_HEAD: { 'zh-CN': '党政一把手', en: 'Party/government head' },
  DEPUTY_IN_CHARGE: { 'zh-CN': '分管副职', en: 'Deputy in charge' },
  OFFICE_STAFF: { 'zh-CN': '计生办工作人员', en: 'Office staff' },
  STATIONED_CADRE: { 'zh-CN': '驻村干部', en: 'Stationed cadre' },
  VILLAGE_OFFICER: { 'zh-CN': '村计生主任', en: 'Village family-planning officer' },
  HOUSEHOLD_GROUP_HEAD: { 'zh-CN': '中心户长', en: 'Household-group head' },
  ASSOCIATION_MEMBER: { 'zh-CN': '计生协会会员', en: 'Association member' },
  INFORMATION_OFFICER: { 'zh-CN': '信息员', en: 'Information officer' },
};

export const EDUCATION_LABELS: Labels<Education> = {
  PRIMARY: { 'zh-CN': '小学', en: 'Primary' },
  JUNIOR_HIGH: { 'zh-CN': '初中', en: 'Junior high' },
  SENIOR_HIGH: { 'zh-CN': '高中', en: 'Senior high' },
  VOCATIONAL: { 'zh-CN': '中专', en: 'Vocational' },
  COLLEGE: { 'zh-CN': '大专', en: 'College' },
  BACHELOR: { 'zh-CN': '本科', en: 'Bachelor' },
  POSTGRADUATE: { 'zh-CN': '研究生', en: 'Postgraduate' },
};

export const DEPARTMENT_LABELS: Labels<DepartmentCode> = {
  PUBLICITY: { 'zh-CN': '宣传', en: 'Publicity' },
  INDUSTRY_COMMERCE: { 'zh-CN': '工商', en: 'Industry & commerce' },
  TAX: { 'zh-CN': '税务', en: 'Tax' },
  CULTURE: { 'zh-CN': '文化', en: 'Culture' },
  SCIENCE: { 'zh-CN': '科技', en: 'Science & technology' },
  HEALTH: { 'zh-CN': '卫生', en: 'Health' },
  PUBLIC_SECURITY: { 'zh-CN': '公安', en: 'Public security' },
  TRANSPORT: { 'zh-CN': '交通', en: 'Transport' },
  CIVIL_AFFAIRS: { 'zh-CN': '民政', en: 'Civil affairs' },
  YOUTH_LEAGUE: { 'zh-CN': '团委', en: 'Youth League' },
  WOMENS_FEDERATION: { 'zh-CN': '妇联', en: "Women's Federation" },
  EDUCATION: { 'zh-CN': '教育', en: 'Education' },
};

export const INDICATOR_LABELS: Labels<IndicatorKey> = {
  SEX_RATIO_AT_BIRTH: { 'zh-CN': '出生人口性别比', en: 'Sex ratio at birth' },
  PLANNED_BIRTH_RATE: { 'zh-CN': '计划生育率', en: 'Planned-birth rate' },
  BIRTH_RATE: { 'zh-CN': '出生率', en: 'Birth rate' },
  NATURAL_GROWTH_RATE: { 'zh-CN': '自然增长率', en: 'Natural growth rate' },
  CONTRACEPTION_RATE: { 'zh-CN': '长效节育措施落实率', en: 'Long-acting contraception rate' },
  HEALTH_CHECK_RATE: { 'zh-CN': '健康查体率', en: 'Health-check rate' },
  FEE_COLLECTION_RATE: { 'zh-CN': '社会抚养费征收率', en: 'Maintenance-fee collection rate' },
};

export function label<K extends string>(table: Labels<K>, key: K, locale: Locale): string {
  return table[key]?.[locale] ?? key;
}
