import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { SurveyChannel } from '@township/shared';
import { OrgUnit } from '../org-units/org-unit.entity.js';
import { SurveyCampaign } from './survey-campaign.entity.js';
import { SurveyHousehold } from './survey-household.entity.js';

/**
 * One household's answered questionnaire. The unique household makes a second response for the
 * same household impossible even under concurrent imports. Nothing here names a person.
 */
@Entity({ tableName: 'survey_response' })
@Index({ properties: ['countyId', 'campaign'] })
export class SurveyResponse {
  [OptionalProps]?: 'importId' | 'recordedAt';

  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @ManyToOne(() => SurveyCampaign, { deleteRule: 'cascade' })
  campaign!: SurveyCampaign;

  @ManyToOne(() => SurveyHousehold, { deleteRule: 'cascade', unique: true })
  household!: SurveyHousehold;

  @ManyToOne(() => OrgUnit, { deleteRule: 'restrict' })
  village!: OrgUnit;

  @Property({ type: 'integer' })
  countyId!: number;

  @Enum({ items: () => Object.values(SurveyChannel), nativeEnumName: 'survey_channel' })
  channel!: SurveyChannel;

  /** The import that brought it in, for paper forms typed in from a file. */
  @Property({ type: 'integer', nullable: true })
  importId?: number | null;

  @Property({ type: 'integer' })
  recordedById!: number;

  @Property({ type: 'timestamptz' })
  recordedAt: Date = new Date();
}
