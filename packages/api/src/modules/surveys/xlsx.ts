import ExcelJS from 'exceljs';
import type { TableRow } from './csv.js';
import { withUnprefixedSpreadsheetMl } from './spreadsheetml-prefix.js';

/** A cell as Excel shows it: formulas by their result, booleans as TRUE/FALSE, dates as YYYY-MM-DD. */
function cellText(value: ExcelJS.CellValue): string {
  if (value == null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  // exceljs turns a date-formatted serial into a Date at UTC midnight of that day.
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('error' in value) return value.error;
  if ('formula' in value || 'sharedFormula' in value) return cellText(value.result ?? null);
  if ('hyperlink' in value) return cellText(value.text);
  return '';
}

/** The first sheet's rows as text cells, each with its row number as its line; rows without any value are left out. */
export async function readXlsx(bytes: Uint8Array): Promise<TableRow[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load((await withUnprefixedSpreadsheetMl(bytes)).slice().buffer);
  } catch {
    throw new Error('it is not an Excel workbook (.xlsx); save it as .xlsx or as CSV UTF-8');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error('the workbook has no worksheet');
  const rows: TableRow[] = [];
  sheet.eachRow((row, line) => {
    rows.push({ line, cells: Array.from({ length: row.cellCount }, (_, i) => cellText(row.getCell(i + 1).value)) });
  });
  return rows;
}

/** A one-sheet workbook of text cells, the first row frozen as a header. */
export async function writeXlsx(sheetName: string, rows: readonly (readonly string[])[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = (rows[0] ?? []).map((_, c) => ({ width: c === 0 ? 20 : 16 }));
  sheet.addRows(rows.map((row) => [...row]));
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
