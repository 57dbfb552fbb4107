import { INVALID_ANSWERS, POSITIVE_ANSWERS } from '@township/shared';

const list = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');
/** The counting rule of @township/shared, as SQL over `survey_answer a`. */
export const SATISFIED_SQL = `count(*) filter (where a.answer in (${list(POSITIVE_ANSWERS)}))`;
export const VALID_SQL = `count(*) filter (where a.answer not in (${list(INVALID_ANSWERS)}))`;
