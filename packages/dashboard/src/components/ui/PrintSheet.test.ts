import { describe, expect, it, vi } from 'vitest';
import { mount } from '@vue/test-utils';
import PrintSheet from './PrintSheet.vue';

// A ui component reads no router: "back" is an event, and where it leads is the caller's choice.
describe('PrintSheet', () => {
  it('reports "back" to its caller and prints through the browser', async () => {
    // happy-dom has no print dialog to open.
    const print = vi.fn();
    vi.stubGlobal('print', print);
    const sheet = mount(PrintSheet, { props: { backLabel: '返回', printLabel: '打印' }, slots: { default: '<h1 class="print-title">通报</h1>' } });
    const [backButton, printButton] = sheet.findAll('button');
    expect(backButton.text()).toBe('返回');
    expect(sheet.get('.print-title').text()).toBe('通报');

    await backButton.trigger('click');
    expect(sheet.emitted('back')).toHaveLength(1);
    expect(print).not.toHaveBeenCalled();

    await printButton.trigger('click');
    expect(print).toHaveBeenCalledOnce();
    expect(sheet.emitted('back')).toHaveLength(1);
    vi.unstubAllGlobals();
  });
});
