import { describe, expect, it } from 'vitest';
import { mount } from '@vue/test-utils';
import { testI18n } from '@/test/i18n';
import IndicatorTile from './IndicatorTile.vue';

// The sparkline draws on canvas; these tests are about the figures and marks around it.
const stubs = { Sparkline: { template: '<div class="sparkline-stub" />' } };

function mountTile(props: InstanceType<typeof IndicatorTile>['$props'], locale: 'zh-CN' | 'en' = 'zh-CN') {
  return mount(IndicatorTile, { props, global: { plugins: [testI18n(locale)], stubs } });
}

const trend = { labels: ['1', '2'], values: [104, 109], reliable: [true, true] };

describe('IndicatorTile', () => {
  it('shows the label, the value, the sex-ratio unit and the boys/girls behind it', () => {
    const tile = mountTile({
      indicator: 'SEX_RATIO_AT_BIRTH',
      reading: { key: 'SEX_RATIO_AT_BIRTH', value: 105.26, reliable: true, numerator: 612, denominator: 581 },
      trend,
    });
    expect(tile.text()).toContain('出生人口性别比');
    expect(tile.get('[data-test=indicator-value]').text()).toBe('105.3');
    expect(tile.text()).toContain('女=100');
    expect(tile.text()).toContain('男婴 612 · 女婴 581');
    expect(tile.text()).toContain('正常范围 103–107');
    expect(tile.findAll('[data-flag]')).toHaveLength(0);
    expect(tile.find('.sparkline-stub').exists()).toBe(true);
  });

  it('flags a high sex ratio and colours the tile', () => {
    const tile = mountTile({
      indicator: 'SEX_RATIO_AT_BIRTH',
      reading: { key: 'SEX_RATIO_AT_BIRTH', value: 121.4, reliable: true, numerator: 170, denominator: 140 },
    });
    expect(tile.find('[data-flag=aboveNormal]').text()).toBe('偏高');
    expect(tile.classes()).toContain('indicator-tile--danger');
  });

  it('marks a small count and greys the figure', () => {
    const tile = mountTile(
      { indicator: 'PLANNED_BIRTH_RATE', reading: { key: 'PLANNED_BIRTH_RATE', value: 90, reliable: false, numerator: 9, denominator: 10 } },
      'en',
    );
    expect(tile.find('[data-flag=smallCount]').text()).toBe('Small count');
    expect(tile.get('[data-test=indicator-value]').text()).toBe('90.00');
    expect(tile.text()).toContain('%');
    expect(tile.classes()).toContain('indicator-tile--muted');
  });

  it('explains the formula where numerator and denominator are person-months', () => {
    const tile = mountTile({ indicator: 'BIRTH_RATE', reading: { key: 'BIRTH_RATE', value: 9.08, reliable: true, numerator: 4650, denominator: 6_156_000 } });
    expect(tile.text()).toContain('年出生人数 ÷ 年平均人口');
    expect(tile.text()).not.toContain('6,156,000');
  });

  it('shows a dash and "no data" without a value, and no trend line without monthly data', () => {
    const tile = mountTile({ indicator: 'FEE_COLLECTION_RATE', trend: { labels: ['1'], values: [null], reliable: [false] } });
    expect(tile.get('[data-test=indicator-value]').text()).toBe('—');
    expect(tile.find('[data-flag=noData]').exists()).toBe(true);
    expect(tile.find('.sparkline-stub').exists()).toBe(false);
    expect(tile.text()).toContain('暂无月度数据');
  });
});
