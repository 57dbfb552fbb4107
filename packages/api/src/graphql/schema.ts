import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema, type NonEmptyArray } from 'type-graphql';
import { AuditResolver } from '../modules/audit/index.js';
import { CadreAssignmentResolver, CadreResolver, VillageCadresResolver } from '../modules/cadres/index.js';
import { DepartmentResolver, ResponsibilityLetterResolver } from '../modules/departments/index.js';
import { OrgUnitResolver, TownshipResolver, VillageResolver } from '../modules/org-units/index.js';
import { IndicatorResolver, VillageStatisticResolver, VillageStatisticsResolver } from '../modules/statistics/index.js';
import { AuthResolver } from '../modules/users/index.js';
import { authChecker, RequireViewer } from './auth.js';

/** Every resolver of every feature; a new feature adds its resolvers here. */
const resolvers: NonEmptyArray<Function> = [
  AuthResolver,
  OrgUnitResolver, TownshipResolver, VillageResolver,
  CadreResolver, CadreAssignmentResolver, VillageCadresResolver,
  DepartmentResolver, ResponsibilityLetterResolver,
  IndicatorResolver, VillageStatisticResolver, VillageStatisticsResolver,
  AuditResolver,
];

let cached: Promise<GraphQLSchema> | undefined;

/** The schema, built once per process (building validates every resolver and type). */
export function schema(): Promise<GraphQLSchema> {
  cached ??= buildSchema({
    resolvers,
    authChecker,
    authMode: 'error',
    globalMiddlewares: [RequireViewer],
    validate: { forbidUnknownValues: false },
  });
  return cached;
}
