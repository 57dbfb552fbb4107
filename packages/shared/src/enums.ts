/** Levels of the administrative tree (county → township → village/residents' committee → service zone). */
export const OrgUnitKind = {
  County: 'COUNTY',
  Township: 'TOWNSHIP',
  Town: 'TOWN',
  Street: 'STREET',
  VillageCommittee: 'VILLAGE_COMMITTEE',
  ResidentsCommittee: 'RESIDENTS_COMMITTEE',
  ServiceZone: 'SERVICE_ZONE',
} as const;
export type OrgUnitKind = (typeof OrgUnitKind)[keyof typeof OrgUnitKind];

/** 乡, 镇 and 街道 are all township-level units. */
export const TOWNSHIP_KINDS: readonly OrgUnitKind[] = [OrgUnitKind.Township, OrgUnitKind.Town, OrgUnitKind.Street];
/** 村委会 and 居委会 are the "villages" of the product. */
export const VILLAGE_KINDS: readonly OrgUnitKind[] = [OrgUnitKind.VillageCommittee, OrgUnitKind.ResidentsCommittee];

/** Differentiated-target category of a village (分类指导): A strongest, C weakest. */
export const VillageCategory = { A: 'A', B: 'B', C: 'C' } as const;
export type VillageCategory = (typeof VillageCategory)[keyof typeof VillageCategory];

/** What a signed-in user may do; scope (which org units) is separate. */
export const Role = {
  Leader: 'LEADER',
  Office: 'OFFICE',
  Village: 'VILLAGE',
  Department: 'DEPARTMENT',
  Analyst: 'ANALYST',
  Admin: 'ADMIN',
} as const;
export type Role = (typeof Role)[keyof typeof Role];

/** Roles that may change master data (villages, cadres, assignments) and statistics. */
export const EDITOR_ROLES: readonly Role[] = [Role.Leader, Role.Office, Role.Admin];
/** Roles that may record statistics (a village officer records their own village's). */
export const STATISTICS_WRITER_ROLES: readonly Role[] = [...EDITOR_ROLES, Role.Village];
/** Roles that handle personal data (cadres' contacts, later complainants and respondents). */
export const PERSONAL_DATA_ROLES: readonly Role[] = [Role.Leader, Role.Office, Role.Admin];

/** A cadre's function in the four-level responsibility system and the village network. */
export const CadreRole = {
  PartyGovernmentHead: 'PARTY_GOVERNMENT_HEAD',
  DeputyInCharge: 'DEPUTY_IN_CHARGE',
  OfficeStaff: 'OFFICE_STAFF',
  StationedCadre: 'STATIONED_CADRE',
  VillageOfficer: 'VILLAGE_OFFICER',
  HouseholdGroupHead: 'HOUSEHOLD_GROUP_HEAD',
  AssociationMember: 'ASSOCIATION_MEMBER',
  InformationOfficer: 'INFORMATION_OFFICER',
} as const;
export type CadreRole = (typeof CadreRole)[keyof typeof CadreRole];

export const Education = {
  Primary: 'PRIMARY',
  JuniorHigh: 'JUNIOR_HIGH',
  SeniorHigh: 'SENIOR_HIGH',
  Vocational: 'VOCATIONAL',
  College: 'COLLEGE',
  Bachelor: 'BACHELOR',
  Postgraduate: 'POSTGRADUATE',
} as const;
export type Education = (typeof Education)[keyof typeof Education];

export const Gender = { Female: 'FEMALE', Male: 'MALE' } as const;
export type Gender = (typeof Gender)[keyof typeof Gender];

/** The twelve departments that share the work (齐抓共管). */
export const DepartmentCode = {
  Publicity: 'PUBLICITY',
  IndustryCommerce: 'INDUSTRY_COMMERCE',
  Tax: 'TAX',
  Culture: 'CULTURE',
  Science: 'SCIENCE',
  Health: 'HEALTH',
  PublicSecurity: 'PUBLIC_SECURITY',
  Transport: 'TRANSPORT',
  CivilAffairs: 'CIVIL_AFFAIRS',
  YouthLeague: 'YOUTH_LEAGUE',
  WomensFederation: 'WOMENS_FEDERATION',
  Education: 'EDUCATION',
} as const;
export type DepartmentCode = (typeof DepartmentCode)[keyof typeof DepartmentCode];
