import { describe, expect, it } from 'vitest';
import { ref } from 'vue';
import { useCursorPages } from './useCursorPages';

describe('cursor pages', () => {
  it('steps forward by end cursors, back through the ones seen, and starts again on reset', () => {
    const info = ref({ hasNextPage: true, endCursor: 'c20' as string | null });
    const pages = useCursorPages(() => info.value);
    expect([pages.page.value, pages.after.value]).toEqual([1, null]);
    pages.next();
    info.value = { hasNextPage: false, endCursor: 'c40' };
    expect([pages.page.value, pages.after.value, pages.hasNext.value]).toEqual([2, 'c20', false]);
    pages.next();
    expect(pages.page.value).toBe(2);
    pages.previous();
    pages.previous();
    expect([pages.page.value, pages.after.value]).toEqual([1, null]);
    pages.next();
    pages.reset();
    expect(pages.page.value).toBe(1);
  });
});
