import { Entity, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { OrgUnit } from '../org-units/org-unit.entity.js';
import { SurveyCampaign } from './survey-campaign.entity.js';

/**
 * A household drawn into a campaign's sample. `registerNo` (its number in the village register)
 * is what makes it traceable: only survey runners ever see it. Responses refer to the household
 * by `reference` (village code + sample ordinal), which is what the paper form carries.
 */
@Entity({ tableName: 'survey_household' })
@Unique({ properties: ['campaign', 'reference'] })
@Unique({ properties: ['campaign', 'village', 'registerNo'] })
@Index({ properties: ['campaign', 'village'] })
export class SurveyHousehold {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => SurveyCampaign, { deleteRule: 'cascade' })
  campaign!: SurveyCampaign;

  @ManyToOne(() => OrgUnit, { deleteRule: 'restrict' })
  village!: OrgUnit;

  @Property({ type: 'integer' })
  countyId!: number;

  /** Position in the village's draw, 1-based. */
  @Property({ type: 'smallint' })
  ordinal!: number;

  @Property({ type: 'integer' })
  registerNo!: number;

  @Property({ type: 'text' })
  reference!: string;
}
