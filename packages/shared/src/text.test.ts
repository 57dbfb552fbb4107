import { describe, expect, it } from 'vitest';
import { isBlank, textFault } from './text.js';
import { isDay, isMonth } from './period.js';

describe('text rules', () => {
  it('finds control characters and lone surrogates, and lets tabs, new lines and whole emoji pass', () => {
    expect(textFault('a\u0000b')).toBe('controlCharacter');
    expect(textFault('\u001b[31m')).toBe('controlCharacter');
    expect(textFault('half \ud800')).toBe('malformedText');
    expect(textFault('\udc00 alone')).toBe('malformedText');
    expect(textFault('第一行\n\t第二行 😀')).toBeNull();
  });

  it('calls white space alone blank', () => {
    expect(isBlank(' \t\n ')).toBe(true);
    expect(isBlank(' 村 ')).toBe(false);
  });
});

describe('years of months and days', () => {
  it('keeps to 1900–2100', () => {
    expect(['1900-01', '2026-11', '2100-12'].map(isMonth)).toEqual([true, true, true]);
    expect(['0000-01', '1899-12', '2101-01', '9999-12', '2026-13'].map(isMonth)).toEqual([false, false, false, false, false]);
    expect(['2026-02-28', '2024-02-29'].map(isDay)).toEqual([true, true]);
    expect(['0000-01-01', '9999-12-31', '2026-02-30', '2026-1-1'].map(isDay)).toEqual([false, false, false, false]);
  });
});
