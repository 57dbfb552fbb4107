import { describe, expect, it } from 'vitest';
import { mount } from '@vue/test-utils';
import type { HelpTargetFieldsFragment } from '@/gql/graphql';
import { testI18n } from '@/test/i18n';
import HelpTargetCard from './HelpTargetCard.vue';

const target = (badVotes: number, followUp: { badVotes: number; score: number; change: 'IMPROVED' | 'UNCHANGED' | 'WORSE' }): HelpTargetFieldsFragment => ({
  id: '1',
  kind: 'HELP_TARGET',
  rank: 4,
  score: 72,
  badVotes,
  deadline: '2026-09-30',
  plan: null,
  status: 'IN_PROGRESS',
  rectifiedOn: null,
  note: null,
  cadre: { id: '7', name: '赵一' },
  unit: { id: '2', name: '东镇' },
  followUp: { ...followUp, rank: 4 },
});
const mountCard = (t: HelpTargetFieldsFragment, locale: 'zh-CN' | 'en' = 'zh-CN') =>
  mount(HelpTargetCard, { props: { target: t, showFollowUp: true }, global: { plugins: [testI18n(locale)] } });

describe('HelpTargetCard follow-up', () => {
  it('says 有改进 only when the bad votes fell', () => {
    const card = mountCard(target(12, { badVotes: 1, score: 95, change: 'IMPROVED' }));
    expect(card.get('[data-test=follow-up-change]').text()).toBe('有改进');
    expect(card.classes()).toContain('help-target--improved');
  });

  it('says 没有变化 with as many bad votes, even with a better score', () => {
    const card = mountCard(target(2, { badVotes: 2, score: 76, change: 'UNCHANGED' }));
    expect(card.get('[data-test=follow-up]').text()).toContain('2 → 2 张差票');
    expect(card.get('[data-test=follow-up-change]').text()).toBe('没有变化');
    expect(card.classes()).not.toContain('help-target--improved');
    expect(
      mountCard(target(1, { badVotes: 1, score: 80, change: 'UNCHANGED' }), 'en')
        .get('[data-test=follow-up-change]')
        .text(),
    ).toBe('Unchanged');
  });

  it('says 有退步 with more', () => {
    expect(
      mountCard(target(3, { badVotes: 4, score: 93, change: 'WORSE' }))
        .get('[data-test=follow-up-change]')
        .text(),
    ).toBe('有退步');
  });
});
