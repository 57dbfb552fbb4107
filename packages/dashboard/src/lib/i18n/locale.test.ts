import { describe, expect, it } from 'vitest';
import { readStoredLocale, storeLocale } from './locale';

function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v) };
}

describe('language choice', () => {
  it('defaults to Simplified Chinese', () => {
    expect(readStoredLocale(memoryStorage())).toBe('zh-CN');
  });

  it('remembers English once chosen', () => {
    const storage = memoryStorage();
    storeLocale('en', storage);
    expect(readStoredLocale(storage)).toBe('en');
  });

  it('ignores a stored value that is not a supported language', () => {
    expect(readStoredLocale(memoryStorage({ 'township.locale': 'fr' }))).toBe('zh-CN');
  });

  it('survives storage that throws (private browsing)', () => {
    const broken = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
    };
    expect(readStoredLocale(broken)).toBe('zh-CN');
    expect(() => storeLocale('en', broken)).not.toThrow();
  });
});
