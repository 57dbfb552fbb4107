import JSZip from 'jszip';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PACKAGE_RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml';

const escape = (text: string) => text.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]!);

/**
 * A workbook as the Open XML SDK writes it: every SpreadsheetML element under the `x:` prefix and
 * no default namespace. Texts go to the shared strings, booleans are `t="b"` cells; a null row is
 * left out, so the rows after it keep their numbers.
 */
export async function prefixedWorkbook(rows: ((string | number | boolean)[] | null)[]): Promise<Uint8Array> {
  const strings: string[] = [];
  const cell = (value: string | number | boolean, ref: string) => {
    if (typeof value === 'boolean') return `<x:c r="${ref}" t="b"><x:v>${value ? 1 : 0}</x:v></x:c>`;
    if (typeof value === 'number') return `<x:c r="${ref}"><x:v>${value}</x:v></x:c>`;
    strings.push(value);
    return `<x:c r="${ref}" t="s"><x:v>${strings.length - 1}</x:v></x:c>`;
  };
  const sheetRows = rows
    .map((row, r) => row && `<x:row r="${r + 1}">${row.map((v, c) => cell(v, `${String.fromCharCode(65 + c)}${r + 1}`)).join('')}</x:row>`)
    .join('');
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    `<?xml version="1.0" encoding="utf-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
      `<Override PartName="/xl/workbook.xml" ContentType="${TYPE}.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="${TYPE}.worksheet+xml"/>` +
      `<Override PartName="/xl/sharedStrings.xml" ContentType="${TYPE}.sharedStrings+xml"/></Types>`,
  );
  zip.file(
    '_rels/.rels',
    `<?xml version="1.0" encoding="utf-8"?><Relationships xmlns="${PACKAGE_RELS}"><Relationship Type="${RELS}/officeDocument" Target="/xl/workbook.xml" Id="R1"/></Relationships>`,
  );
  zip.file(
    'xl/_rels/workbook.xml.rels',
    `<?xml version="1.0" encoding="utf-8"?><Relationships xmlns="${PACKAGE_RELS}">` +
      `<Relationship Type="${RELS}/worksheet" Target="/xl/worksheets/sheet1.xml" Id="R2"/><Relationship Type="${RELS}/sharedStrings" Target="/xl/sharedStrings.xml" Id="R3"/></Relationships>`,
  );
  zip.file(
    'xl/workbook.xml',
    `<?xml version="1.0" encoding="utf-8"?><x:workbook xmlns:r="${RELS}" xmlns:x="${MAIN}"><x:sheets><x:sheet name="回收问卷" sheetId="1" r:id="R2"/></x:sheets></x:workbook>`,
  );
  zip.file(
    'xl/worksheets/sheet1.xml',
    `<?xml version="1.0" encoding="utf-8"?><x:worksheet xmlns:x="${MAIN}"><x:sheetData>${sheetRows}</x:sheetData></x:worksheet>`,
  );
  zip.file(
    'xl/sharedStrings.xml',
    `<?xml version="1.0" encoding="utf-8"?><x:sst xmlns:x="${MAIN}" count="${strings.length}" uniqueCount="${strings.length}">` +
      `${strings.map((s) => `<x:si><x:t xml:space="preserve">${escape(s)}</x:t></x:si>`).join('')}</x:sst>`,
  );
  return zip.generateAsync({ type: 'uint8array' });
}
