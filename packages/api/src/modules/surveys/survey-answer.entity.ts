import { Entity, Enum, Index, ManyToOne, PrimaryKeyProp, Property } from '@mikro-orm/core';
import { SatisfactionAnswer } from '@township/shared';
import { SurveyItem } from './survey-item.entity.js';
import { SurveyResponse } from './survey-response.entity.js';

/**
 * One answer to one question: the high-volume table the results aggregate. Campaign, village and
 * county are copied from the response so a result is one indexed GROUP BY without joins, and a
 * distributed deployment can shard it by county.
 */
@Entity({ tableName: 'survey_answer' })
@Index({ properties: ['countyId', 'campaignId', 'item', 'villageId'] })
export class SurveyAnswer {
  [PrimaryKeyProp]?: ['response', 'item'];

  @ManyToOne(() => SurveyResponse, { primary: true, deleteRule: 'cascade' })
  response!: SurveyResponse;

  @ManyToOne(() => SurveyItem, { primary: true, deleteRule: 'cascade' })
  item!: SurveyItem;

  @Property({ type: 'integer' })
  campaignId!: number;

  @Property({ type: 'integer' })
  villageId!: number;

  @Property({ type: 'integer' })
  countyId!: number;

  @Enum({ items: () => Object.values(SatisfactionAnswer), nativeEnumName: 'satisfaction_answer' })
  answer!: SatisfactionAnswer;
}
