import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE, listKey, parseVillageListQuery, toVillageListQuery } from './village-list-query';

describe('villages list URL state', () => {
  it('reads an empty query as the default view', () => {
    expect(parseVillageListQuery({})).toEqual(DEFAULT_STATE);
    expect(toVillageListQuery(DEFAULT_STATE)).toEqual({});
  });

  it('round-trips every setting through the URL', () => {
    const state = {
      township: '12',
      category: 'B' as const,
      search: '石',
      sort: 'HEALTH_CHECK_RATE' as const,
      dir: 'DESC' as const,
      size: 50 as const,
      page: 3,
      after: 'YXJyYXk6Mzk=',
    };
    const query = toVillageListQuery(state);
    expect(query).toEqual({ township: '12', category: 'B', q: '石', sort: 'HEALTH_CHECK_RATE', dir: 'DESC', size: '50', page: '3', after: 'YXJyYXk6Mzk=' });
    expect(parseVillageListQuery(query as Record<string, string>)).toEqual(state);
  });

  it('falls back to defaults for hand-edited nonsense', () => {
    const state = parseVillageListQuery({ category: 'Z', sort: 'DROP TABLE', dir: 'sideways', size: '7', page: '-2', after: 'x' });
    expect(state).toEqual(DEFAULT_STATE);
  });

  it('starts at the first page when a page number comes without its cursor', () => {
    expect(parseVillageListQuery({ page: '4' })).toMatchObject({ page: 1, after: null });
  });

  it('takes the first of repeated parameters', () => {
    expect(parseVillageListQuery({ category: ['C', 'A'] }).category).toBe('C');
  });

  it('keys result sets by filter and sort, not by page', () => {
    expect(listKey({ ...DEFAULT_STATE, page: 2, after: 'a' })).toBe(listKey(DEFAULT_STATE));
    expect(listKey({ ...DEFAULT_STATE, category: 'A' })).not.toBe(listKey(DEFAULT_STATE));
  });
});
