import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { queryOne, sql } from '../../db/sql.js';
import { badInput, SATISFACTION_ANSWER_LABELS, SatisfactionAnswer, SURVEY_CHANNEL_LABELS, SurveyChannel } from '@township/shared';
import type { Scope } from '../../graphql/scope.js';
import type { Viewer } from '../../graphql/viewer.js';
import { audit } from '../audit/index.js';
import { decodeText, parseCsv, type TableRow } from './csv.js';
import { readXlsx } from './xlsx.js';
import { checkAnswers, householdsByReference, openForm, sameAnswers, writeResponses, type CampaignForm, type NewResponse } from './response.service.js';
import { SurveyImport } from './survey-import.entity.js';
import { ImportFileFormat, ImportMode } from './survey.enums.js';
import type { ImportSurveyResponsesInput } from './survey.inputs.js';
import type { ImportRowErrorType, SurveyImportReportType } from './survey.type.js';

/** Largest file accepted, before base64: about 8,000 rows of a ten-question form. */
export const MAX_IMPORT_BYTES = 512 * 1024;
export const MAX_IMPORT_ROWS = 5000;

export const REFERENCE_HEADERS = ['样本编号', 'reference'];
export const CHANNEL_HEADERS = ['调查方式', 'channel'];

/** Every spelling a cell may use for a value: the code, the zh-CN label, the English label. */
function spellings<K extends string>(labels: Record<K, Record<'zh-CN' | 'en', string>>): Map<string, K> {
  const map = new Map<string, K>();
  for (const [code, l] of Object.entries(labels) as [K, Record<'zh-CN' | 'en', string>][]) {
    for (const spelling of [code, l['zh-CN'], l.en]) map.set(spelling.trim().toLowerCase(), code);
  }
  return map;
}
const ANSWER_SPELLINGS = spellings(SATISFACTION_ANSWER_LABELS);
const CHANNEL_SPELLINGS = spellings(SURVEY_CHANNEL_LABELS);
// The short forms typists use for channels.
CHANNEL_SPELLINGS.set('入户', SurveyChannel.DoorToDoor).set('电话', SurveyChannel.Phone).set('纸质', SurveyChannel.PaperForm);

interface Columns {
  reference: number;
  channel: number | null;
  /** Column index per item code, with the header as written. */
  items: { code: string; index: number; header: string }[];
}

interface ParsedRow {
  line: number;
  reference: string;
  channel: SurveyChannel;
  answers: Record<string, SatisfactionAnswer>;
}

function decodeFile(input: ImportSurveyResponsesInput): Buffer {
  const base64 = input.contentBase64.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(base64) || base64.length % 4 === 1) throw badInput('input.contentBase64', 'contentBase64 is not base64', 'notBase64');
  if (Math.floor((base64.length * 3) / 4) > MAX_IMPORT_BYTES + 2) {
    throw badInput('input.contentBase64', `The file is larger than ${MAX_IMPORT_BYTES / 1024} KiB; split it into smaller files`, 'fileTooLarge', {
      kib: MAX_IMPORT_BYTES / 1024,
    });
  }
  const bytes = Buffer.from(base64, 'base64');
  if (bytes.length > MAX_IMPORT_BYTES)
    throw badInput('input.contentBase64', `The file is larger than ${MAX_IMPORT_BYTES / 1024} KiB; split it into smaller files`, 'fileTooLarge', {
      kib: MAX_IMPORT_BYTES / 1024,
    });
  if (!bytes.length) throw badInput('input.contentBase64', 'The file is empty', 'fileEmpty');
  return bytes;
}

async function readTable(bytes: Buffer, format: ImportFileFormat): Promise<TableRow[]> {
  if (format === ImportFileFormat.XLSX) return readXlsx(bytes);
  return parseCsv(decodeText(bytes));
}

const blank = (row: TableRow) => row.cells.every((c) => !c.trim());

/** Finds the columns by their headers; every problem is reported against line 1. */
function mapColumns(form: CampaignForm, header: TableRow): { columns: Columns } | { errors: ImportRowErrorType[] } {
  const names = header.cells.map((c) => c.trim());
  const find = (accepted: string[]) => names.findIndex((n) => accepted.some((a) => n.toLowerCase() === a.toLowerCase()));
  const errors: ImportRowErrorType[] = [];
  const reference = find(REFERENCE_HEADERS);
  if (reference < 0) errors.push({ line: header.line, column: null, problem: 'NO_REFERENCE_COLUMN', reason: `no ${REFERENCE_HEADERS[0]} (reference) column` });
  const channel = find(CHANNEL_HEADERS);
  const items: Columns['items'] = [];
  for (const item of form.items) {
    const index = names.findIndex((n) => n.split(/\s+/)[0].toUpperCase() === item.code);
    if (index < 0)
      errors.push({ line: header.line, column: item.code, problem: 'NO_ITEM_COLUMN', value: item.code, reason: `no column for question ${item.code}` });
    else items.push({ code: item.code, index, header: names[index] });
  }
  names.forEach((name, index) => {
    if (name && index !== reference && index !== channel && !items.some((c) => c.index === index)) {
      errors.push({ line: header.line, column: name, problem: 'UNKNOWN_COLUMN', value: name, reason: `column ${name} is not part of this questionnaire` });
    }
  });
  return errors.length ? { errors } : { columns: { reference, channel: channel < 0 ? null : channel, items } };
}

/** One data row into a response, or the reason it is refused. */
function parseRow(form: CampaignForm, columns: Columns, row: TableRow): ParsedRow | ImportRowErrorType {
  const cell = (index: number) => (row.cells[index] ?? '').trim();
  const reference = cell(columns.reference);
  if (!reference) return { line: row.line, column: REFERENCE_HEADERS[0], problem: 'EMPTY_REFERENCE', reason: 'the household reference is empty' };
  let channel: SurveyChannel = SurveyChannel.PaperForm;
  if (columns.channel != null && cell(columns.channel)) {
    const found = CHANNEL_SPELLINGS.get(cell(columns.channel).toLowerCase());
    if (!found)
      return {
        line: row.line,
        column: CHANNEL_HEADERS[0],
        problem: 'BAD_CHANNEL',
        value: cell(columns.channel),
        reason: `"${cell(columns.channel)}" is not a channel (入户走访, 电话访问 or 纸质问卷)`,
      };
    channel = found;
  }
  const given: { itemCode: string; answer: SatisfactionAnswer }[] = [];
  for (const column of columns.items) {
    const text = cell(column.index);
    if (!text)
      return {
        line: row.line,
        column: column.header,
        problem: 'EMPTY_ANSWER',
        value: column.code,
        reason: `${column.code} is empty (write 不了解 when the household has no view)`,
      };
    const answer = ANSWER_SPELLINGS.get(text.toLowerCase());
    if (!answer)
      return {
        line: row.line,
        column: column.header,
        problem: 'BAD_ANSWER',
        value: text,
        reason: `"${text}" is not an answer (满意, 基本满意, 不满意, 不了解…)`,
      };
    given.push({ itemCode: column.code, answer });
  }
  const checked = checkAnswers(form, given);
  if ('message' in checked)
    return {
      line: row.line,
      column: checked.index == null ? null : columns.items[checked.index].header,
      problem: checked.problem,
      value: checked.value,
      reason: checked.message,
    };
  return { line: row.line, reference, channel, answers: checked.answers };
}

/**
 * Imports paper-form responses. Every row is checked first and every bad row reported by line;
 * with ALL_OR_NOTHING (the default) a file with any bad row writes nothing, with GOOD_ROWS the
 * good rows are written. A household whose identical answers are already recorded is skipped, so
 * importing a file twice (or again after fixing its bad rows) never doubles an answer. Rows with
 * a reference but no answers at all (the unfilled rows of the template) are left out.
 */
export async function importResponses(em: EntityManager, scope: Scope, viewer: Viewer, input: ImportSurveyResponsesInput): Promise<SurveyImportReportType> {
  const bytes = decodeFile(input);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  let table: TableRow[];
  try {
    table = await readTable(bytes, input.format);
  } catch (error) {
    throw badInput('input.contentBase64', `The file cannot be read as ${input.format}: ${(error as Error).message}`, 'unreadableFile', {
      format: input.format,
    });
  }
  return em.transactional(async (tx) => {
    const form = await openForm(tx, scope, Number(input.campaignId), 'input.campaignId');
    const previous = await queryOne(
      tx,
      sql<{ at: Date | null }>`select max(imported_at) as at from survey_import where campaign_id = ${form.campaign.id} and sha256 = ${sha256}`,
    );
    const report = (fields: Partial<SurveyImportReportType>): SurveyImportReportType => ({
      fileName: input.fileName,
      dataRows: 0,
      written: 0,
      alreadyRecorded: 0,
      rejected: 0,
      errors: [],
      committed: false,
      previousImportAt: previous?.at ?? null,
      ...fields,
    });

    const [header, ...rest] = table.filter((row) => !blank(row));
    if (!header) return report({ errors: [{ line: 1, column: null, problem: 'NO_HEADER', reason: 'the file has no header row' }] });
    const mapped = mapColumns(form, header);
    if ('errors' in mapped) return report({ errors: mapped.errors });
    const { columns } = mapped;
    const filled = rest.filter((row) => columns.items.some((c) => (row.cells[c.index] ?? '').trim()));
    if (filled.length > MAX_IMPORT_ROWS)
      return report({
        dataRows: filled.length,
        rejected: filled.length,
        errors: [
          {
            line: 1,
            column: null,
            problem: 'TOO_MANY_ROWS',
            value: String(filled.length),
            reason: `the file has ${filled.length} rows; at most ${MAX_IMPORT_ROWS} per file`,
          },
        ],
      });

    const errors: ImportRowErrorType[] = [];
    const parsed: ParsedRow[] = [];
    const firstLine = new Map<string, number>();
    for (const row of filled) {
      const result = parseRow(form, columns, row);
      if ('reason' in result) {
        errors.push(result);
        continue;
      }
      const seen = firstLine.get(result.reference);
      if (seen != null) {
        errors.push({
          line: row.line,
          column: REFERENCE_HEADERS[0],
          problem: 'DUPLICATE_IN_FILE',
          value: result.reference,
          previousLine: seen,
          reason: `household ${result.reference} is already on line ${seen}`,
        });
        continue;
      }
      firstLine.set(result.reference, row.line);
      parsed.push(result);
    }

    const households = await householdsByReference(
      tx,
      form.campaign.id,
      parsed.map((p) => p.reference),
    );
    const fresh: NewResponse[] = [];
    let alreadyRecorded = 0;
    for (const row of parsed) {
      const household = households.get(row.reference);
      if (!household || !scope.contains(household.villagePath)) {
        errors.push({
          line: row.line,
          column: REFERENCE_HEADERS[0],
          problem: 'NOT_IN_SAMPLE',
          value: row.reference,
          reason: `${row.reference} is not a household of this campaign's sample inside your scope`,
        });
      } else if (household.recorded && sameAnswers(household.recorded, row.answers)) {
        alreadyRecorded++;
      } else if (household.recorded) {
        // The day in China's time, as the office recorded it.
        const recordedOn = new Date(household.recordedAt!.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
        errors.push({
          line: row.line,
          column: REFERENCE_HEADERS[0],
          problem: 'ANSWERED_DIFFERENTLY',
          value: row.reference,
          recordedOn,
          reason: `household ${row.reference} has already answered with different answers (recorded ${recordedOn}); one response per household`,
        });
      } else {
        fresh.push({ householdId: household.id, villageId: household.villageId, channel: row.channel, answers: row.answers });
      }
    }
    errors.sort((a, b) => a.line - b.line);
    const summary = { dataRows: filled.length, alreadyRecorded, rejected: errors.length, errors };
    if (input.dryRun || (errors.length && input.mode === ImportMode.ALL_OR_NOTHING)) return report(summary);

    const record = tx.create(SurveyImport, {
      campaign: form.campaign,
      fileName: input.fileName,
      sha256,
      dataRows: filled.length,
      written: fresh.length,
      alreadyRecorded,
      rejected: errors.length,
      importedById: viewer.userId,
    });
    await tx.flush();
    await writeResponses(tx, form, viewer, fresh, record.id);
    audit(tx, viewer, {
      action: 'importSurveyResponses',
      entityType: 'SurveyCampaign',
      entityId: form.campaign.id,
      after: { importId: record.id, fileName: input.fileName, sha256, mode: input.mode, written: fresh.length, alreadyRecorded, rejected: errors.length },
    });
    await tx.flush();
    return report({ ...summary, written: fresh.length, committed: true });
  });
}
