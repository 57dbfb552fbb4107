import type { MessageTree } from '@/lib/feature';
import type { Locale } from '@/lib/i18n';
import { FEATURES } from '../features';
import { appZhCN } from './zh-CN';
import { appEn } from './en';

/**
 * Joins message trees key by key (two features may both add under `nav.`); a sentence defined
 * twice is a mistake, not something to settle by order.
 */
export function mergeMessages(trees: readonly MessageTree[], path = ''): MessageTree {
  const merged: MessageTree = {};
  for (const tree of trees) {
    for (const [key, value] of Object.entries(tree)) {
      const existing = merged[key];
      if (existing === undefined) merged[key] = value;
      else if (typeof existing === 'string' || typeof value === 'string') throw new Error(`The message ${path}${key} is defined twice`);
      else merged[key] = mergeMessages([existing, value], `${path}${key}.`);
    }
  }
  return merged;
}

function messagesIn(locale: Locale, own: MessageTree): MessageTree {
  return mergeMessages([own, ...FEATURES.map((feature) => (feature.messages?.[locale] ?? {}) as MessageTree)]);
}

/**
 * Every language's messages: the app's own (en.ts typed against zh-CN.ts) and every feature's (each
 * manifest types its English against its Chinese); a unit test checks the merged trees have the
 * same keys.
 */
export type Messages = MessageTree;

export const zhCN = messagesIn('zh-CN', appZhCN) as Messages;
export const en = messagesIn('en', appEn) as Messages;
