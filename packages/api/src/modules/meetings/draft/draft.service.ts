import type { EntityManager } from '@mikro-orm/postgresql';
import { AGENDA_SECTIONS, badInput, isMonth } from '@township/shared';
import type { Scope } from '../../../graphql/scope.js';
import type { OrgUnit } from '../../org-units/index.js';
import type { AgendaDraftType, ProposedAgendaItemType } from '../meeting.type.js';
import { townshipInScope } from '../township-access.js';
import { DraftContext } from './draft-context.js';
import { assessmentItems } from './assessment-items.js';
import { complaintItems } from './complaint-items.js';
import { deadlineItems } from './deadline-items.js';
import { departmentItems } from './department-items.js';
import { followUpItems } from './follow-up-items.js';
import { helpTargetItems } from './help-target-items.js';
import { indicatorItems } from './indicator-items.js';
import { satisfactionItems } from './satisfaction-items.js';
import { parallel } from '../../../db/parallel.js';

/** The draft rules, in the order their items are listed within a section. */
const RULES: ((ctx: DraftContext) => Promise<ProposedAgendaItemType[]>)[] = [
  followUpItems,
  indicatorItems,
  satisfactionItems,
  assessmentItems,
  complaintItems,
  helpTargetItems,
  deadlineItems,
  departmentItems,
];

/**
 * The agenda draft of a township's meeting for `month`, computed from the live data: each rule
 * proposes items with their evidence; they are listed by section (situation, deployment,
 * coordination), rule order within a section. `asOf` (demo history) judges action items on that day. The number of statements is fixed by the rules, not
 * by the number of items.
 */
export async function draftAgenda(em: EntityManager, township: OrgUnit, month: string, asOf?: string): Promise<AgendaDraftType> {
  const ctx = new DraftContext(em, township, month, asOf ?? new Date().toISOString().slice(0, 10), asOf ?? null);
  const proposed = (
    await parallel(
      em,
      RULES.map((rule) => () => rule(ctx)),
    )
  ).flat();
  const items = AGENDA_SECTIONS.flatMap((section) => proposed.filter((i) => i.section === section));
  return { townshipId: township.id, month, generatedAt: new Date(), items };
}

/** The draft for a viewer: the township must be inside the scope. */
export async function agendaDraftFor(em: EntityManager, scope: Scope, townshipId: number, month: string): Promise<AgendaDraftType> {
  if (!isMonth(month)) throw badInput('month', `month must look like 2026-11, got ${month}`, 'invalidMonth');
  const township = await townshipInScope(em, scope, townshipId);
  return draftAgenda(em, township, month);
}
