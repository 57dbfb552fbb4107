import { AGENDA_SECTIONS, type AgendaSection, type Locale } from '@township/shared';
import type { AgendaEvidenceFieldsFragment } from '@/gql/graphql';

interface Placed {
  id: string;
  position: number;
  section: AgendaSection;
}

/**
 * The agenda as the meeting runs it: its three parts in order (形势分析, 任务部署, 难题协调), each
 * part's items by position. Parts with no item are kept, so a participant can add one there.
 */
export function bySection<T extends { section: AgendaSection; position?: number }>(items: readonly T[]): { section: AgendaSection; items: T[] }[] {
  return AGENDA_SECTIONS.map((section) => ({
    section,
    items: items.filter((i) => i.section === section).sort((a, b) => (a.position ?? 0) - (b.position ?? 0)),
  }));
}

/**
 * The whole agenda's order after moving one item up (-1) or down (+1) inside its part, as
 * `reorderAgendaItems` wants it (every id once); null when it is already first or last there.
 */
export function moveWithinSection(items: readonly Placed[], id: string, step: -1 | 1): string[] | null {
  const order = bySection(items).flatMap((part) => part.items.map((i) => i.id));
  const at = order.indexOf(id);
  const to = at + step;
  const item = items.find((i) => i.id === id);
  const neighbour = items.find((i) => i.id === order[to]);
  if (at < 0 || !item || !neighbour || neighbour.section !== item.section) return null;
  [order[at], order[to]] = [order[to], order[at]];
  return order;
}

/** A part's heading, numbered as agendas number them: "一、形势分析", "1. Situation analysis". */
export function sectionHeading(section: AgendaSection, label: string, locale: Locale): string {
  const index = AGENDA_SECTIONS.indexOf(section);
  return locale === 'zh-CN' ? `${'一二三'[index]}、${label}` : `${index + 1}. ${label}`;
}

const trimmed = (value: number) => String(Number(value.toFixed(2)));

/** "95.84%（1384/1444）", "6件", "2026-10-08": the figure as the evidence states it. */
export function evidenceFigure(e: Pick<AgendaEvidenceFieldsFragment, 'value' | 'unit' | 'numerator' | 'denominator' | 'text'>): string {
  if (e.value == null) return e.text ?? '—';
  const unit = e.unit ?? '';
  const separator = /^[A-Za-z]/.test(unit) ? ' ' : '';
  const ratio = e.numerator != null && e.denominator != null ? `（${trimmed(e.numerator)}/${trimmed(e.denominator)}）` : '';
  return `${trimmed(e.value)}${separator}${unit}${ratio}`;
}

export interface Comparison {
  /** Message key under `meetings.evidence.` naming what it is compared with. */
  key: 'lastMonth' | 'lastYear' | 'previous';
  /** The figure then. */
  then: string;
  /** Its period, for "previous". */
  period: string | null;
  /** Signed difference now − then, for an arrow; null when either is missing. */
  change: number | null;
}

/** What the figure is compared with: last month, the same month last year, the period before. */
export function evidenceComparisons(
  e: Pick<AgendaEvidenceFieldsFragment, 'value' | 'lastMonth' | 'lastYear' | 'previousValue' | 'previousPeriod'>,
): Comparison[] {
  const rows: Comparison[] = [];
  const add = (key: Comparison['key'], then: number | null | undefined, period: string | null = null) => {
    if (then == null) return;
    rows.push({ key, then: trimmed(then), period, change: e.value == null ? null : Number((e.value - then).toFixed(2)) });
  };
  add('lastMonth', e.lastMonth);
  add('lastYear', e.lastYear);
  add('previous', e.previousValue, e.previousPeriod ?? null);
  return rows;
}
