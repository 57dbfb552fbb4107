import { COMPLAINT_CATEGORY_LABELS, ComplaintCategory, label, type Locale } from '@township/shared';

/** Turning the API's hotspot cells into what the charts draw; pure, so it is tested on its own. */

export interface HeatCell {
  orgUnit: { id: string; name: string };
  category?: ComplaintCategory | null;
  count: number;
  per10k?: number | null;
}

export const CATEGORY_ORDER = Object.values(ComplaintCategory);

/** The heatmap's rows: a county's 633 villages do not fit a screen, and the hottest are the point. */
export const HEATMAP_ROWS = 25;

export interface HeatMatrix {
  rows: string[];
  rowIds: string[];
  columns: string[];
  values: (number | null)[][];
  counts: number[][];
}

/**
 * Units as rows (hottest first: most complaints per 10,000 people over all categories), categories
 * as columns in a fixed order. At most `limit` rows; the API picks the same rows (`topUnits`).
 */
export function heatMatrix(cells: readonly HeatCell[], locale: Locale, limit = HEATMAP_ROWS): HeatMatrix {
  const units = new Map<string, { name: string; total: number; byCategory: Map<string, HeatCell> }>();
  for (const cell of cells) {
    if (!cell.category || cell.count === 0) continue;
    const unit = units.get(cell.orgUnit.id) ?? { name: cell.orgUnit.name, total: 0, byCategory: new Map() };
    unit.total += cell.per10k ?? 0;
    unit.byCategory.set(cell.category, cell);
    units.set(cell.orgUnit.id, unit);
  }
  const ranked = [...units.entries()].sort((a, b) => b[1].total - a[1].total || a[1].name.localeCompare(b[1].name)).slice(0, limit);
  return {
    rows: ranked.map(([, u]) => u.name),
    rowIds: ranked.map(([id]) => id),
    columns: CATEGORY_ORDER.map((c) => label(COMPLAINT_CATEGORY_LABELS, c, locale)),
    values: ranked.map(([, u]) => CATEGORY_ORDER.map((c) => u.byCategory.get(c)?.per10k ?? null)),
    counts: ranked.map(([, u]) => CATEGORY_ORDER.map((c) => u.byCategory.get(c)?.count ?? 0)),
  };
}

export interface TrendCell {
  month?: string | null;
  category?: ComplaintCategory | null;
  count: number;
}

/** One stacked bar series per category that has any complaint, with zero-filled months. */
export function categoryTrend(cells: readonly TrendCell[], months: readonly string[]): { category: ComplaintCategory; values: number[] }[] {
  const index = new Map(months.map((m, i) => [m, i]));
  const byCategory = new Map<ComplaintCategory, number[]>();
  for (const cell of cells) {
    const i = cell.month ? index.get(cell.month) : undefined;
    if (i === undefined || !cell.category) continue;
    const values = byCategory.get(cell.category) ?? months.map(() => 0);
    values[i] = cell.count;
    byCategory.set(cell.category, values);
  }
  return CATEGORY_ORDER.filter((c) => byCategory.has(c)).map((category) => ({ category, values: byCategory.get(category)! }));
}

/** "+120%" / "−35%" / "—" for a change rate (0.25 = +25%). */
export function formatChange(rate: number | null | undefined): string {
  if (rate == null || !Number.isFinite(rate)) return '—';
  const percent = Math.round(rate * 100);
  return `${percent > 0 ? '+' : percent < 0 ? '−' : '±'}${Math.abs(percent)}%`;
}
