import { describe, expect, it } from 'vitest';
import { mount } from '@vue/test-utils';
import { testI18n } from '@/test/i18n';
import ComplaintTopicCard from './ComplaintTopicCard.vue';

const fee = {
  category: 'MAINTENANCE_FEE' as const,
  count: 57,
  baseline: 23,
  growth: 1.4783,
  rising: true,
  lastYearCount: 12,
  per10k: 1.11,
  topUnits: [
    { orgUnit: { id: '3', name: '潮河镇' }, count: 41 },
    { orgUnit: { id: '11', name: '户部乡' }, count: 4 },
  ],
};
const report = (proposed: typeof fee | null) => ({
  month: '2026-10',
  baselineFrom: '2026-07',
  baselineTo: '2026-09',
  rule: '…',
  proposed,
  topics: [...(proposed ? [proposed] : []), { ...fee, category: 'THREE_COMBINATIONS' as const, growth: 1.04, topUnits: [] }],
});
const mountCard = (proposed: typeof fee | null, locale: 'zh-CN' | 'en' = 'zh-CN') =>
  mount(ComplaintTopicCard, { props: { report: report(proposed) }, global: { plugins: [testI18n(locale)] } });

describe('ComplaintTopicCard', () => {
  it('proposes the topic with the figures that justify it', () => {
    const card = mountCard(fee);
    expect(card.get('[data-test=topic-category]').text()).toBe('社会抚养费');
    expect(card.text()).toContain('本月 57 件');
    expect(card.text()).toContain('前三月月均 23 件');
    expect(card.text()).toContain('增幅 +148%');
    expect(card.text()).toContain('主要来自：潮河镇 41、户部乡 4');
    expect(card.text()).toContain('三结合帮扶 +104%');
  });

  it('says so when nothing rose, in English too', () => {
    const card = mountCard(null, 'en');
    expect(card.find('[data-test=topic-category]').exists()).toBe(false);
    expect(card.text()).toContain('No category rose markedly in Oct 2026');
  });
});
