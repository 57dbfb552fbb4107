import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261123090847_foundation } from './Migration20261123090847_foundation.js';
import { Migration20261123092828_surveys } from './Migration20261123092828_surveys.js';
import { Migration20261123092949_complaints } from './Migration20261123092949_complaints.js';
import { Migration20261123111209_assessments } from './Migration20261123111209_assessments.js';
import { Migration20261123143000_chinese_collation } from './Migration20261123143000_chinese_collation.js';
import { Migration20261123143311_meetings } from './Migration20261123143311_meetings.js';
import { Migration20261123143453_calendar } from './Migration20261123143453_calendar.js';

/** Every migration in order. Append new ones here after `pnpm --filter @township/api migration:create`. */
export const migrationsList: MigrationObject[] = [
  { name: 'Migration20261123090847_foundation', class: Migration20261123090847_foundation },
  { name: 'Migration20261123092828_surveys', class: Migration20261123092828_surveys },
  { name: 'Migration20261123092949_complaints', class: Migration20261123092949_complaints },
  { name: 'Migration20261123111209_assessments', class: Migration20261123111209_assessments },
  { name: 'Migration20261123143000_chinese_collation', class: Migration20261123143000_chinese_collation },
  { name: 'Migration20261123143311_meetings', class: Migration20261123143311_meetings },
  { name: 'Migration20261123143453_calendar', class: Migration20261123143453_calendar },
];
