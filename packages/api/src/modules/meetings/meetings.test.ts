import { describe, expect, it } from 'vitest';
import { withSmallCounty } from '../../test/fixtures.js';
import { callerAs, errorOf } from '../../test/graphql.js';

const county = withSmallCounty();
const office = callerAs('office', () => county.db.orm);

const DRAFT = `query($t: ID!, $m: Month!) { draftAgenda(townshipId: $t, month: $m) { month items { ruleKey section kind title summary evidence { label value unit numerator denominator lastMonth lastYear text orgUnitId period link } } } }`;

describe('smoke', () => {
  it('drafts', async () => {
    const r = await office.run(DRAFT, { t: county.ids.eastId, m: '2026-10' });
    console.log(JSON.stringify(r, null, 1).slice(0, 3000));
    expect(errorOf(r)).toBeNull();
  });
});
