import type { EntityManager } from '@mikro-orm/postgresql';
import { SURVEY_CHANNEL_LABELS, SurveyChannel } from '@township/shared';
import { query, sql } from '../../db/sql.js';
import type { Scope } from '../../graphql/scope.js';
import { toCsv } from './csv.js';
import { getCampaign } from './campaign.service.js';
import { SurveyItem } from './survey-item.entity.js';
import { CHANNEL_HEADERS, REFERENCE_HEADERS } from './import.service.js';
import { ImportFileFormat } from './survey.enums.js';
import type { FileDownloadType } from './survey.type.js';
import { writeXlsx } from './xlsx.js';

/**
 * The import file for a campaign: a header naming each question by code and text, then one row
 * per sampled household inside the scope that has not answered yet, its reference filled in, so
 * the typist only fills the answers.
 */
export async function importTemplate(em: EntityManager, scope: Scope, campaignId: number, format: ImportFileFormat): Promise<FileDownloadType> {
  const campaign = await getCampaign(em, scope, campaignId);
  const items = await em.find(SurveyItem, { campaign: campaign.id }, { orderBy: { position: 'asc' } });
  const pending = await query(
    em,
    sql<{ reference: string }>`
    select h.reference from survey_household h join org_unit v on v.id = h.village_id
     where h.campaign_id = ${campaign.id} and ${sql.scoped(scope, 'v')} and not exists (select 1 from survey_response r where r.household_id = h.id)
     order by h.reference`,
  );
  const paper = SURVEY_CHANNEL_LABELS[SurveyChannel.PaperForm]['zh-CN'];
  const rows = [
    [REFERENCE_HEADERS[0], CHANNEL_HEADERS[0], ...items.map((item) => `${item.code} ${item.text}`)],
    ...pending.map((h) => [h.reference, paper, ...items.map(() => '')]),
  ];
  const base = `survey-${campaign.id}-responses`;
  if (format === ImportFileFormat.XLSX) {
    return {
      fileName: `${base}.xlsx`,
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      contentBase64: Buffer.from(await writeXlsx('responses', rows)).toString('base64'),
    };
  }
  return { fileName: `${base}.csv`, mimeType: 'text/csv; charset=utf-8', contentBase64: Buffer.from(toCsv(rows), 'utf8').toString('base64') };
}
