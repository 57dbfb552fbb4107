import { Entity, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { SurveyCampaign } from './survey-campaign.entity.js';

/** One question of a campaign's questionnaire; exactly one per campaign is the overall question. */
@Entity({ tableName: 'survey_item' })
@Unique({ properties: ['campaign', 'code'] })
@Unique({ properties: ['campaign', 'position'] })
export class SurveyItem {
  [OptionalProps]?: 'overall';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => SurveyCampaign, { deleteRule: 'cascade' })
  campaign!: SurveyCampaign;

  @Property({ type: 'smallint' })
  position!: number;

  /** Short code used as the column header of the import file (Q1, Q2…). */
  @Property({ type: 'text' })
  code!: string;

  @Property({ type: 'text' })
  text!: string;

  /** The overall-satisfaction question: the campaign's headline rate and the assessment's input. */
  @Property({ type: 'boolean' })
  overall: boolean = false;
}
