import { describe, expect, it } from 'vitest';
import { safeRedirect } from './useSession';

describe('safeRedirect', () => {
  it('returns to the interrupted page', () => {
    expect(safeRedirect('/villages?category=A')).toBe('/villages?category=A');
  });

  it('refuses anything that would leave the site', () => {
    expect(safeRedirect('//evil.example/x')).toBe('/');
    expect(safeRedirect('https://evil.example')).toBe('/');
    expect(safeRedirect(undefined)).toBe('/');
    expect(safeRedirect(['/a'])).toBe('/');
  });
});
