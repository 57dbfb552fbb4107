import { describe, expect, it } from 'vitest';
import { REFUSALS } from '@township/shared';
import { refusalsEn } from './refusals.en';
import { refusalsZhCN } from './refusals.zh-CN';

const placeholders = (message: string) => [...new Set([...message.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();

describe('the wording of refusals', () => {
  for (const [locale, table] of [
    ['zh-CN', refusalsZhCN],
    ['en', refusalsEn],
  ] as const) {
    it(`covers exactly the catalogue's rules in ${locale}`, () => {
      expect(Object.keys(table).sort()).toEqual(Object.keys(REFUSALS).sort());
    });

    it(`uses exactly each rule's figures in ${locale}`, () => {
      for (const [reason, names] of Object.entries(REFUSALS)) {
        const message = table[reason as keyof typeof table];
        expect(message.trim(), reason).not.toBe('');
        expect(placeholders(message), reason).toEqual([...names].sort());
      }
    });
  }
});
