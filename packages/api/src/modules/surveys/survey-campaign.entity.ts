import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { SurveyScale, SurveyStatus } from '@township/shared';
import { OrgUnit } from '../org-units/org-unit.entity.js';

/**
 * A household satisfaction survey (群众满意率调查) run by a county or township: its questionnaire
 * (survey_item), its sample (survey_household) and its responses.
 */
@Entity({ tableName: 'survey_campaign' })
@Index({ properties: ['countyId', 'year'] })
export class SurveyCampaign {
  [OptionalProps]?: 'status' | 'endedOn' | 'sampleSeed' | 'createdAt';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  /** The unit that runs the survey; its sample is drawn from villages below it. */
  @ManyToOne(() => OrgUnit, { deleteRule: 'restrict' })
  organiser!: OrgUnit;

  @Property({ type: 'integer' })
  countyId!: number;

  @Property({ type: 'text' })
  name!: string;

  /** The year whose work is assessed; the assessment reads the campaigns of its year. */
  @Property({ type: 'smallint' })
  year!: number;

  @Enum({ items: () => Object.values(SurveyScale), nativeEnumName: 'survey_scale' })
  scale!: SurveyScale;

  @Enum({ items: () => Object.values(SurveyStatus), nativeEnumName: 'survey_status' })
  status: SurveyStatus = SurveyStatus.Open;

  @Property({ type: 'date' })
  startedOn!: string;

  @Property({ type: 'date', nullable: true })
  endedOn?: string | null;

  /** Seed of the sample draw (drawSample in @township/shared); with it the draw can be repeated. */
  @Property({ type: 'integer', nullable: true })
  sampleSeed?: number | null;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
