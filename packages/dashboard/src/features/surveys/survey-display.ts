import type { SatisfactionFieldsFragment } from '@/gql/graphql';

/** A percentage to the tenth, as the sources print it (96.2); "—" without a value. */
export const pct = (value: number | null | undefined) => (value == null ? '—' : value.toFixed(1));

/** 不了解 answers of a figure (the difference between all and valid answers). */
export const unknownCount = (figure: Pick<SatisfactionFieldsFragment, 'total' | 'valid'>) => figure.total - figure.valid;

/** The interval as "94.8 — 97.2", or "—". */
export const intervalText = (figure: Pick<SatisfactionFieldsFragment, 'low' | 'high'>) =>
  figure.low == null || figure.high == null ? '—' : `${pct(figure.low)} — ${pct(figure.high)}`;

/** Rankable rows by rank, then the rest by rate: the order of the tables. */
export function byRank<T extends Pick<SatisfactionFieldsFragment, 'rank' | 'rate'>>(rows: readonly T[]): T[] {
  return [...rows].sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || (b.rate ?? -1) - (a.rate ?? -1));
}

/** Reads a File as base64 (without the data-URL prefix). */
export function fileToBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

/** Saves a base64 file the API returned. */
export function downloadBase64(file: { fileName: string; mimeType: string; contentBase64: string }): void {
  const bytes = Uint8Array.from(atob(file.contentBase64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: file.mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
