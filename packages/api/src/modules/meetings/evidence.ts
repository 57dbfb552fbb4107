/**
 * Why a draft agenda item is there: each entry is one figure with where it came from. Numbers are
 * the same the dashboard shows on the linked page for that unit and period (they come from the same
 * services), so a participant can follow the link and find them.
 */
export interface AgendaEvidence {
  label: string;
  /** The figure (a rate in its indicator's unit, a count, an amount); null when there is none (e.g. no births). */
  value: number | null;
  /** Unit of `value`: '%', '‰', 'boys per 100 girls', 'cases', 'yuan', 'days'… */
  unit: string | null;
  /** For rates: what was counted and what it was counted over. */
  numerator: number | null;
  denominator: number | null;
  /** The same figure a month before, and in the same month a year before (null when not comparable). */
  lastMonth: number | null;
  lastYear: number | null;
  /** For figures of other periods (quarters, years, ranks): the figure of the period before and which period that was. */
  previousValue: number | null;
  previousPeriod: string | null;
  /** Free text when the figure is a date or a name (e.g. a deadline). */
  text: string | null;
  /** The unit and period the figure belongs to. */
  orgUnitId: number | null;
  period: string | null;
  /** A dashboard route path where the figure is shown (e.g. `/villages/123`). */
  link: string | null;
}

/** An evidence entry with the optional parts left null. */
export function evidence(label: string, parts: Partial<Omit<AgendaEvidence, 'label'>>): AgendaEvidence {
  return {
    label,
    value: null,
    unit: null,
    numerator: null,
    denominator: null,
    lastMonth: null,
    lastYear: null,
    previousValue: null,
    previousPeriod: null,
    text: null,
    orgUnitId: null,
    period: null,
    link: null,
    ...parts,
  };
}
