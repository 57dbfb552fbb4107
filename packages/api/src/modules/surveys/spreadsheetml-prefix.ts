import JSZip from 'jszip';
import { SaxesParser } from 'saxes';

const SPREADSHEETML = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
/** A part that binds SpreadsheetML to a prefix (`xmlns:x="…/main"`), as the Open XML SDK, ClosedXML and WPS may write. */
const BINDS_A_PREFIX = /xmlns:[\w.-]+\s*=\s*["']http:\/\/schemas\.openxmlformats\.org\/spreadsheetml\/2006\/main["']/;

/**
 * The workbook with its SpreadsheetML elements in the default namespace. `<x:row>` under
 * `xmlns:x="…/main"` is the same element as `<row>`, but exceljs matches element names as written
 * and reads such a workbook as nothing; parts that use no prefix are passed on untouched.
 */
export async function withUnprefixedSpreadsheetMl(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  let changed = false;
  for (const file of Object.values(zip.files)) {
    if (file.dir || !file.name.endsWith('.xml')) continue;
    const xml = await file.async('string');
    if (!BINDS_A_PREFIX.test(xml)) continue;
    zip.file(file.name, unprefixed(xml));
    changed = true;
  }
  return changed ? zip.generateAsync({ type: 'uint8array' }) : bytes;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\t': '&#9;', '\n': '&#10;', '\r': '&#13;' };
const escapeText = (text: string) => text.replace(/[&<>]/g, (c) => ESCAPES[c]);
const escapeAttribute = (text: string) => text.replace(/[&<>"\t\n\r]/g, (c) => ESCAPES[c]);

/**
 * One XML part re-serialised by a namespace-aware parser: SpreadsheetML elements lose their
 * prefix (the default namespace is declared wherever it changes), every other element, attribute
 * and text stays as it was. Comments and processing instructions are dropped; nothing reads them.
 */
export function unprefixed(xml: string): string {
  const parser = new SaxesParser({ xmlns: true });
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'];
  const defaults: string[] = [''];
  const names: string[] = [];
  parser.on('opentag', (tag) => {
    const inherited = defaults[defaults.length - 1];
    const unprefix = tag.uri === SPREADSHEETML || !tag.prefix;
    const name = unprefix ? tag.local : tag.name;
    const namespace = unprefix ? tag.uri : inherited;
    const declaration = namespace === inherited ? '' : ` xmlns="${escapeAttribute(namespace)}"`;
    const attributes = Object.values(tag.attributes)
      .filter((a) => a.name !== 'xmlns')
      .map((a) => ` ${a.name}="${escapeAttribute(a.value)}"`)
      .join('');
    out.push(`<${name}${declaration}${attributes}${tag.isSelfClosing ? '/>' : '>'}`);
    defaults.push(namespace);
    names.push(name);
  });
  parser.on('closetag', (tag) => {
    defaults.pop();
    const name = names.pop();
    if (!tag.isSelfClosing) out.push(`</${name}>`);
  });
  parser.on('text', (text) => out.push(escapeText(text)));
  parser.on('cdata', (text) => out.push(escapeText(text)));
  parser.write(xml).close();
  return out.join('');
}
