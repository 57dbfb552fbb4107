import { assessmentEntities } from '../modules/assessments/entities.js';
import { AuditRecord } from '../modules/audit/audit-record.entity.js';
import { Cadre } from '../modules/cadres/cadre.entity.js';
import { CadreAssignment } from '../modules/cadres/cadre-assignment.entity.js';
import { Department } from '../modules/departments/department.entity.js';
import { ResponsibilityLetter } from '../modules/departments/responsibility-letter.entity.js';
import { OrgUnit } from '../modules/org-units/org-unit.entity.js';
import { VillageStatistic } from '../modules/statistics/village-statistic.entity.js';
import { Session } from '../modules/users/session.entity.js';
import { User } from '../modules/users/user.entity.js';

/** Every entity, listed rather than discovered by glob (discovery by glob needs Node 22 in MikroORM 7, and lists are explicit). */
export const entities = [OrgUnit, Cadre, CadreAssignment, Department, ResponsibilityLetter, VillageStatistic, User, Session, AuditRecord, ...assessmentEntities];
