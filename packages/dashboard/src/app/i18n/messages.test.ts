import { describe, expect, it } from 'vitest';
import { ErrorCode, INDICATOR_KEYS, STATISTIC_FIELDS } from '@township/shared';
import { NAV_ITEMS } from '@/app/navigation';
import { testI18n } from '@/test/i18n';
import { en, mergeMessages, zhCN } from './messages';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

const placeholders = (message: string) => [...message.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const zh = flatten(zhCN as Tree);
const english = flatten(en as Tree);

describe('UI messages', () => {
  it('have exactly the same keys in Chinese and English', () => {
    expect([...english.keys()].sort()).toEqual([...zh.keys()].sort());
  });

  it('are never empty and use the same placeholders in both languages', () => {
    for (const [key, message] of zh) {
      expect(message.trim(), key).not.toBe('');
      expect(english.get(key)?.trim(), key).not.toBe('');
      expect(placeholders(english.get(key)!), key).toEqual(placeholders(message));
    }
  });

  it('compile and render without leftovers in both languages', () => {
    for (const locale of ['zh-CN', 'en'] as const) {
      const { t } = testI18n(locale).global;
      for (const [key, message] of zh) {
        const params = Object.fromEntries(placeholders(message).map((p) => [p, 'X']));
        const rendered = t(key, params);
        expect(rendered, `${locale} ${key}`).not.toBe(key);
        expect(rendered, `${locale} ${key}`).not.toMatch(/[{}]/);
      }
    }
  });

  it('cover every error code, navigation item, indicator and statistic field the UI looks up', () => {
    const required = [
      ...Object.values(ErrorCode).flatMap((code) => [`errors.${code}`, `errors.${code}Detail`]),
      'errors.NETWORK',
      'errors.UNKNOWN',
      ...NAV_ITEMS.map((item) => `nav.${item.key}`),
      ...INDICATOR_KEYS.map((key) => `indicator.formula.${key}`),
      ...STATISTIC_FIELDS.map((field) => `statistic.${field}`),
    ];
    for (const key of required) expect(zh.has(key), key).toBe(true);
  });

  it('use the sources’ Chinese terms', () => {
    const all = [...zh.values()].join('\n');
    for (const term of ['驻村干部', '已婚育龄妇女', '联席会议', '出生人口性别比', '计划生育率', '健康查体率', '社会抚养费', '村计生主任']) {
      expect(all, term).toContain(term);
    }
  });
});

describe('features’ messages', () => {
  it('join key by key under a shared key such as nav', () => {
    expect(mergeMessages([{ nav: { overview: '概览' } }, { nav: { villages: '村居' }, villages: { total: '共 {n} 个' } }])).toEqual({
      nav: { overview: '概览', villages: '村居' },
      villages: { total: '共 {n} 个' },
    });
  });

  it('refuse a sentence two features both define', () => {
    expect(() => mergeMessages([{ nav: { overview: '概览' } }, { nav: { overview: '总览' } }])).toThrow('nav.overview');
  });
});
