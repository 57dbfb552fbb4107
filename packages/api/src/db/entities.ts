import { assessmentEntities } from '../modules/assessments/entities.js';
import { meetingEntities } from '../modules/meetings/entities.js';
import { AuditRecord } from '../modules/audit/audit-record.entity.js';
import { Cadre } from '../modules/cadres/cadre.entity.js';
import { CadreAssignment } from '../modules/cadres/cadre-assignment.entity.js';
import { ComplaintAccountability } from '../modules/complaints/accountability.entity.js';
import { Complainant, ComplainantKey } from '../modules/complaints/complainant.entity.js';
import { ComplaintEvent } from '../modules/complaints/complaint-event.entity.js';
import { ComplaintTimeLimit } from '../modules/complaints/complaint-time-limit.entity.js';
import { Complaint } from '../modules/complaints/complaint.entity.js';
import { Department } from '../modules/departments/department.entity.js';
import { ResponsibilityLetter } from '../modules/departments/responsibility-letter.entity.js';
import { OrgUnit } from '../modules/org-units/org-unit.entity.js';
import { VillageStatistic } from '../modules/statistics/village-statistic.entity.js';
import { EvaluationDesignation } from '../modules/evaluations/evaluation-designation.entity.js';
import { EvaluationRound } from '../modules/evaluations/evaluation-round.entity.js';
import { EvaluationSubject } from '../modules/evaluations/evaluation-subject.entity.js';
import { EvaluationVote } from '../modules/evaluations/evaluation-vote.entity.js';
import { SurveyAnswer } from '../modules/surveys/survey-answer.entity.js';
import { SurveyCampaign } from '../modules/surveys/survey-campaign.entity.js';
import { SurveyHousehold } from '../modules/surveys/survey-household.entity.js';
import { SurveyImport } from '../modules/surveys/survey-import.entity.js';
import { SurveyItem } from '../modules/surveys/survey-item.entity.js';
import { SurveyResponse } from '../modules/surveys/survey-response.entity.js';
import { CalendarDayEntity } from '../modules/calendar/calendar-day.entity.js';
import { Session } from '../modules/users/session.entity.js';
import { User } from '../modules/users/user.entity.js';

/** Every entity, listed rather than discovered by glob (discovery by glob needs Node 22 in MikroORM 7, and lists are explicit). */
export const entities = [
  OrgUnit, Cadre, CadreAssignment, Department, ResponsibilityLetter, VillageStatistic, User, Session, AuditRecord,
  SurveyCampaign, SurveyItem, SurveyHousehold, SurveyResponse, SurveyAnswer, SurveyImport,
  EvaluationRound, EvaluationSubject, EvaluationVote, EvaluationDesignation,
  Complainant, ComplainantKey, Complaint, ComplaintEvent, ComplaintTimeLimit, ComplaintAccountability, CalendarDayEntity,
  ...assessmentEntities,
  ...meetingEntities,
];
