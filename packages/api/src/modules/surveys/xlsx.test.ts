import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { prefixedWorkbook } from './xlsx.fixture.js';
import { readXlsx, writeXlsx } from './xlsx.js';

describe('reading .xlsx', () => {
  it('reads a workbook whose SpreadsheetML elements carry the x: prefix', async () => {
    const workbook = await prefixedWorkbook([['样本编号', 'Q1 服务态度', '已核对', '户数'], null, ['371199000001-001 ', '满意 & <好>', true, 4]]);
    expect(await readXlsx(workbook)).toEqual([
      { line: 1, cells: ['样本编号', 'Q1 服务态度', '已核对', '户数'] },
      { line: 3, cells: ['371199000001-001 ', '满意 & <好>', 'TRUE', '4'] },
    ]);
  });

  it('reads cells as Excel shows them: booleans, formula results, rich text, dates', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('first');
    sheet.addRow(['样本编号', false, { formula: '1+1', result: 2 }, { richText: [{ text: '基本' }, { text: '满意' }] }, new Date(Date.UTC(2026, 10, 3))]);
    workbook.addWorksheet('second').addRow(['not read']);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    expect(await readXlsx(bytes)).toEqual([{ line: 1, cells: ['样本编号', 'FALSE', '2', '基本满意', '2026-11-03'] }]);
  });

  it('refuses bytes that are not a workbook', async () => {
    await expect(readXlsx(new TextEncoder().encode('样本编号,Q1\r\n'))).rejects.toThrow(/not an Excel workbook/);
  });
});

describe('writing .xlsx', () => {
  it('writes text cells under a frozen header that read back as written', async () => {
    const rows = [
      ['样本编号', '调查方式', 'Q1 您满意吗？'],
      ['0012', '纸质问卷', ''],
      ['a & <b>', '"quoted"', '1.50'],
    ];
    const bytes = await writeXlsx('responses', rows);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes.slice().buffer);
    const sheet = workbook.worksheets[0];
    expect(sheet.name).toBe('responses');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getRow(2).getCell(1).type).toBe(ExcelJS.ValueType.String);
    expect(await readXlsx(bytes)).toEqual(rows.map((cells, i) => ({ line: i + 1, cells })));
  });
});
