import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { SurveyCampaign } from './survey-campaign.entity.js';

/** A file of paper-form responses that was imported: what it held and what was written. */
@Entity({ tableName: 'survey_import' })
@Index({ properties: ['campaign', 'sha256'] })
export class SurveyImport {
  [OptionalProps]?: 'importedAt';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => SurveyCampaign, { deleteRule: 'cascade' })
  campaign!: SurveyCampaign;

  @Property({ type: 'text' })
  fileName!: string;

  /** SHA-256 of the file's bytes: tells the importer they sent this very file before. */
  @Property({ type: 'text' })
  sha256!: string;

  @Property({ type: 'integer' })
  dataRows!: number;

  @Property({ type: 'integer' })
  written!: number;

  /** Rows skipped because the household's identical answers were already recorded. */
  @Property({ type: 'integer' })
  alreadyRecorded!: number;

  @Property({ type: 'integer' })
  rejected!: number;

  @Property({ type: 'integer' })
  importedById!: number;

  @Property({ type: 'timestamptz' })
  importedAt: Date = new Date();
}
