import { describe, expect, it } from 'vitest';
import { defineComponent, h } from 'vue';
import { mount } from '@vue/test-utils';
import { testI18n } from '@/test/i18n';
import type { Locale } from './locale';
import { useWaitText } from './useWaitText';

function waitTextIn(locale: Locale) {
  let waitText!: ReturnType<typeof useWaitText>;
  mount(
    defineComponent({
      setup() {
        waitText = useWaitText();
        return () => h('div');
      },
    }),
    { global: { plugins: [testI18n(locale)] } },
  );
  return waitText;
}

describe('useWaitText', () => {
  it('words the wait the API asks for in seconds, then whole minutes rounded up', () => {
    const en = waitTextIn('en');
    expect([1, 8, 59, 60, 61, 900].map(en)).toEqual(['1 second', '8 seconds', '59 seconds', '1 minute', '2 minutes', '15 minutes']);
    expect(en(null)).toBe('a while');
    const zh = waitTextIn('zh-CN');
    expect([1, 61, 900].map(zh)).toEqual(['1秒', '2分钟', '15分钟']);
  });

  it('fills the sign-in throttle message in both languages', () => {
    expect(testI18n('zh-CN').global.t('errors.TOO_MANY_ATTEMPTSDetail', { wait: waitTextIn('zh-CN')(4) })).toBe(
      '为保护账号安全，本机登录已暂停，请4秒后再试。',
    );
    expect(testI18n('en').global.t('errors.TOO_MANY_ATTEMPTSDetail', { wait: waitTextIn('en')(900) })).toBe(
      'To protect the account, sign-in from here is paused; try again in 15 minutes.',
    );
  });
});
