import type { EntityManager } from '@mikro-orm/postgresql';
import { monthOf, quarterOf, type QualitativeGrade, type VetoKind, type VillageCategory } from '@township/shared';
import type { FeatureDemo, FeatureDemoContext } from '../../demo/feature-demo.js';
import type { Random } from '../../demo/prng.js';
import { drawSample, reportedValues, writeCheckValues, type CheckValueRow } from './checks/check-writes.js';
import { demoSchemeDefinition } from './demo-scheme.js';
import { recomputeScores, recomputeYear } from './scores/recompute.service.js';
import { isVillage } from '../org-units/index.js';
import { query, sql } from '../../db/sql.js';

interface DemoVillage {
  id: number;
  townshipId: number;
  name: string;
  category: VillageCategory | null;
  kind: string;
  /** How well the village's leadership works, 0 (weak) to 1 (strong): drives the inspectors' grades. */
  strength: number;
}

/** What inspectors write for each qualitative item and grade. */
const REASONS: Record<string, Record<QualitativeGrade, string>> = {
  JC1: {
    A: '档案台账齐全规范，育龄妇女信息库及时更新',
    B: '台账基本齐全，个别信息更新不及时',
    C: '台账不全，部分育龄妇女信息与实际不符',
    D: '台账缺失严重，信息库长期未更新',
  },
  JC2: {
    A: '宣传阵地完善，村务公开栏按季更新生育政策和收费标准',
    B: '宣传阵地基本完善，村务公开偶有延迟',
    C: '宣传材料陈旧，村务公开不及时',
    D: '无固定宣传阵地，未按规定公开',
  },
  ZH1: {
    A: '村两委高度重视，创新开展流动人口双向服务',
    B: '村两委较重视，工作按部署推进',
    C: '村两委重视不够，工作被动应付',
    D: '班子对计生工作不重视，问题整改不力',
  },
};

const VETO_STORIES: Record<VetoKind, { summary: string; evidence: string }> = {
  CADRE_POLICY_BIRTH: { summary: '村党支部委员违反政策生育第三个子女，经县卫健局调查属实', evidence: '县卫健局调查处理决定书 莲卫计决〔YEAR〕N号' },
  SEX_SELECTION: { summary: '村民经非法渠道做胎儿性别鉴定后引产，县“两非”专项行动查实', evidence: '县打击“两非”工作领导小组通报 莲两非〔YEAR〕N号' },
  PETITION_ABOVE_COUNTY: { summary: '村民因社会抚养费征收争议赴市集体上访', evidence: '市信访局交办单 临信交〔YEAR〕N号' },
};

function gradeFor(random: Random, strength: number): QualitativeGrade {
  const x = strength + random.normal(0, 0.18);
  return x > 0.72 ? 'A' : x > 0.45 ? 'B' : x > 0.22 ? 'C' : 'D';
}

async function insertScheme(
  em: EntityManager,
  countyId: number,
  year: number,
  versions: { definition: object; note: string }[],
  copiedFromId: number | null,
): Promise<number> {
  const current = versions[versions.length - 1];
  const [row] = await query(
    em,
    sql<{ id: number }>`insert into assessment_scheme (org_unit_id, county_id, year, name, version, definition, copied_from_id, created_at, updated_at)
     values (${countyId}, ${countyId}, ${year}, ${`莲山县${year}年度人口和计划生育目标管理责任制考核方案`}, ${versions.length}, ${JSON.stringify(current.definition)}::jsonb,
             ${copiedFromId}, now(), now()) returning id`,
  );
  await query(
    em,
    sql`insert into assessment_scheme_version (scheme_id, version, definition, note, created_by, created_at)
     select ${row.id}, u.version, u.definition::jsonb, u.note, 'office', now()
       from unnest(${versions.map((_, i) => i + 1)}::int[], ${versions.map((v) => JSON.stringify(v.definition))}::text[], ${versions.map((v) => v.note)}::text[])
         as u(version, definition, note)`,
  );
  return row.id;
}

async function insertRound(
  em: EntityManager,
  schemeId: number,
  kind: 'ROUTINE' | 'SPOT',
  month: string,
  name: string,
  seed: string | null = null,
  perTownship: number | null = null,
) {
  const [row] = await query(
    em,
    sql<{ id: number }>`insert into assessment_check_round (scheme_id, kind, month, name, seed, per_township, created_by, created_at)
      values (${schemeId}, ${kind}, ${`${month}-01`}, ${name}, ${seed}, ${perTownship}, 'office', now()) returning id`,
  );
  return row.id;
}

/** A routine round each quarter, in its middle month (or this month for the quarter under way), grading every village. */
async function routineChecks(em: EntityManager, random: Random, schemeId: number, countyId: number, year: number, todayMonth: string, villages: DemoVillage[]) {
  let rounds = 0;
  for (const quarter of [1, 2, 3, 4]) {
    const first = `${year}-${String(quarter * 3 - 2).padStart(2, '0')}`;
    if (first > todayMonth) break;
    const middle = `${year}-${String(quarter * 3 - 1).padStart(2, '0')}`;
    const month = middle < todayMonth ? middle : todayMonth;
    const roundId = await insertRound(em, schemeId, 'ROUTINE', month, `${year}年第${quarter}季度平时考核`);
    const rows: CheckValueRow[] = villages.flatMap((v) =>
      Object.keys(REASONS).map((code) => {
        const grade = gradeFor(random, v.strength);
        return { villageId: v.id, itemCode: code, grade, reportedValue: null, verifiedValue: null, reason: REASONS[code][grade] };
      }),
    );
    await writeCheckValues(em, roundId, countyId, 'office', rows);
    rounds++;
  }
  return rounds;
}

/**
 * One spot check this year (三季度抽查), three villages per township drawn by the service's own
 * draw; most verified values match the reports, a few villages are caught concealing or
 * misreporting (瞒漏错报).
 */
async function spotCheck(em: EntityManager, random: Random, schemeId: number, countyId: number, year: number, todayMonth: string, villages: DemoVillage[]) {
  const month = `${year}-09` <= todayMonth ? `${year}-09` : todayMonth;
  const seed = `lianshan-${year}-q3`;
  const roundId = await insertRound(em, schemeId, 'SPOT', month, `${year}年三季度抽查（现抽点）`, seed, 3);
  await drawSample(
    em,
    roundId,
    countyId,
    villages.map((v) => v.id),
    seed,
    3,
  );
  const sampled = (
    await query(em, sql<{ village_id: number }>`select village_id from assessment_check_sample where round_id = ${roundId} order by village_id`)
  ).map((r) => r.village_id);
  const definition = demoSchemeDefinition(year, false);
  const reported = await reportedValues(em, countyId, sampled, definition.items, month);
  const cheats = new Set(random.shuffle(sampled).slice(0, 6));
  const byId = new Map(villages.map((v) => [v.id, v]));
  const rows: CheckValueRow[] = [];
  for (const villageId of sampled) {
    const cheat = cheats.has(villageId);
    for (const [code, value] of reported.get(villageId)!) {
      if (value == null) continue;
      let verified = value;
      let reason = '入户核查与上报一致';
      if (cheat && code === 'RK1' && value > 80) {
        verified = Math.round(value * 0.8 * 100) / 100;
        reason = '入户核查发现漏报政策外生育1例';
      }
      if (cheat && code === 'JS2') {
        verified = Math.max(0, Math.round((value - random.float(6, 15)) * 100) / 100);
        reason = '抽查育龄妇女查体档案，部分查体记录无本人签字';
      }
      if (cheat && code === 'JS1') {
        verified = Math.max(0, Math.round((value - random.float(3, 8)) * 100) / 100);
        reason = '核查发现部分节育措施已失效仍按落实上报';
      }
      rows.push({ villageId, itemCode: code, grade: null, reportedValue: value, verifiedValue: verified, reason });
    }
    const strength = byId.get(villageId)!.strength - (cheat ? 0.3 : 0);
    const grade = gradeFor(random, strength);
    rows.push({ villageId, itemCode: 'JC1', grade, reportedValue: null, verifiedValue: null, reason: `抽查：${REASONS.JC1[grade]}` });
  }
  await writeCheckValues(em, roundId, countyId, 'office', rows);
  return { sampled: sampled.length, discrepant: cheats.size };
}

function randomDay(random: Random, year: number, todayMonth: string, firstMonth = 1): string {
  const lastMonth = todayMonth.startsWith(String(year)) ? Number(todayMonth.slice(5)) : 12;
  const month = random.int(Math.min(firstMonth, lastMonth), lastMonth);
  return `${year}-${String(month).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`;
}

/** `recent` of them happen in the latest quarter begun, so the current league table shows vetoed villages. */
async function vetoEvents(
  em: EntityManager,
  random: Random,
  countyId: number,
  year: number,
  count: number,
  recent: number,
  todayMonth: string,
  candidates: DemoVillage[],
) {
  const quarterStart = Math.floor((Number(todayMonth.slice(5)) - 1) / 3) * 3 + 1;
  const kinds: VetoKind[] = ['CADRE_POLICY_BIRTH', 'SEX_SELECTION', 'PETITION_ABOVE_COUNTY'];
  const picks = random.shuffle(candidates).slice(0, count);
  const rows = picks.map((v, i) => {
    const kind = kinds[i % kinds.length];
    const story = VETO_STORIES[kind];
    return {
      villageId: v.id,
      kind,
      day: randomDay(random, year, todayMonth, i < recent ? quarterStart : 1),
      summary: story.summary,
      evidence: story.evidence.replace('YEAR', String(year)).replace('N', String(random.int(2, 60))),
    };
  });
  const ids = await query(
    em,
    sql<{ id: number }>`insert into assessment_veto_event (village_id, county_id, kind, occurred_on, summary, evidence, recorded_by, recorded_at)
     select u.village_id, ${countyId}, u.kind, u.day, u.summary, u.evidence, 'office', now()
       from unnest(${rows.map((r) => r.villageId)}::int[], ${rows.map((r) => r.kind)}::veto_kind[], ${rows.map((r) => r.day)}::date[],
                   ${rows.map((r) => r.summary)}::text[], ${rows.map((r) => r.evidence)}::text[]) with ordinality as u(village_id, kind, day, summary, evidence, n)
      order by u.n returning id`,
  );
  return rows.map((r, i) => ({ ...r, source: `veto_event:${ids[i].id}` }));
}

async function adjustments(em: EntityManager, random: Random, schemeId: number, countyId: number, year: number, todayMonth: string, villages: DemoVillage[]) {
  const bonuses = ['创新开展流动人口“一站式”服务，获市级推广', '被评为市级计划生育协会示范村', '村级服务室规范化建设验收优秀'];
  const deductions = ['县督查通报：育龄妇女信息更新滞后', '月报表逾期未报', '宣传栏内容未按季度更新被通报'];
  const strong = villages.filter((v) => v.strength > 0.7);
  const weak = villages.filter((v) => v.strength < 0.4);
  const rows = [
    ...random
      .shuffle(strong)
      .slice(0, 12)
      .map((v) => ({ v, code: 'JF1', points: random.pick([1, 1.5, 2]), reason: random.pick(bonuses) })),
    ...random
      .shuffle(weak)
      .slice(0, 10)
      .map((v) => ({ v, code: 'KF1', points: random.pick([1, 2, 3]), reason: random.pick(deductions) })),
  ];
  await query(
    em,
    sql`insert into assessment_adjustment (scheme_id, village_id, county_id, item_code, month, points, reason, recorded_by, recorded_at)
     select ${schemeId}, u.village_id, ${countyId}, u.code, u.month, u.points, u.reason, 'office', now()
       from unnest(${rows.map((r) => r.v.id)}::int[], ${rows.map((r) => r.code)}::text[], ${rows.map(() => `${randomDay(random, year, todayMonth).slice(0, 7)}-01`)}::date[],
                   ${rows.map((r) => r.points)}::float8[], ${rows.map((r) => r.reason)}::text[]) as u(village_id, code, month, points, reason)`,
  );
  return rows.length;
}

/** Last year's rewards, due by the end of February: most paid in January and February, the rest overdue. */
async function payLastYear(em: EntityManager, random: Random, year: number) {
  const rows = await query(em, sql<{ id: number }>`select id from assessment_reward where year = ${year} order by id`);
  const paid = rows.filter(() => random.chance(0.8));
  if (!paid.length) return 0;
  const days = paid.map(() => `${year + 1}-0${random.int(1, 2)}-${String(random.int(1, 28)).padStart(2, '0')}`);
  await query(
    em,
    sql`update assessment_reward w set paid_on = u.day, paid_by = 'office' from unnest(${paid.map((r) => r.id)}::int[], ${days}::date[]) as u(id, day) where w.id = u.id`,
  );
  return paid.length;
}

async function load({ em, random, today }: FeatureDemoContext): Promise<string> {
  const todayMonth = monthOf(today);
  const thisYear = today.getUTCFullYear();
  const lastYear = thisYear - 1;
  const [county] = await query(em, sql<{ id: number }>`select id from org_unit where kind = 'COUNTY' order by id limit 1`);
  const villages = (
    await query(
      em,
      sql<Omit<DemoVillage, 'strength'> & { township_id: number }>`select id, parent_id as township_id, name, category, kind from org_unit
        where ${isVillage('org_unit')} order by id`,
    )
  ).map((v) => ({
    ...v,
    townshipId: v.township_id,
    strength: Math.min(1, Math.max(0, (v.category === 'A' ? 0.72 : v.category === 'C' ? 0.45 : 0.6) + random.normal(0, 0.15))),
  }));

  const previous = demoSchemeDefinition(lastYear, true);
  const lastId = await insertScheme(em, county.id, lastYear, [{ definition: previous, note: '新建方案' }], null);
  const residents = random.shuffle(villages.filter((v) => v.kind === 'RESIDENTS_COMMITTEE')).slice(0, 3);
  const current = demoSchemeDefinition(thisYear, false);
  current.overrides = residents.map((v) => ({
    villageId: v.id,
    itemCode: 'JS1',
    target: 58,
    zeroAt: 40,
    reason: `${v.name}为城镇社区，流动育龄妇女多，长效节育措施目标单列`,
  }));
  const thisId = await insertScheme(
    em,
    county.id,
    thisYear,
    [
      { definition: previous, note: `由${lastYear}年方案（第1版）复制` },
      {
        definition: current,
        note: '按年度重点修订：新增“瞒漏错报”数据质量指标（10分），基础管理调减10分，出生率目标下调1个千分点，3个城镇社区长效节育目标单列',
      },
    ],
    lastId,
  );

  const routine =
    (await routineChecks(em, random, lastId, county.id, lastYear, todayMonth, villages)) +
    (await routineChecks(em, random, thisId, county.id, thisYear, todayMonth, villages));
  const spot = await spotCheck(em, random, thisId, county.id, thisYear, todayMonth, villages);
  const vetoLast = await vetoEvents(em, random, county.id, lastYear, 3, 0, todayMonth, villages);
  const vetoThis = await vetoEvents(
    em,
    random,
    county.id,
    thisYear,
    5,
    3,
    todayMonth,
    villages.filter((v) => !vetoLast.some((e) => e.villageId === v.id)),
  );
  const adjusted =
    (await adjustments(em, random, lastId, county.id, lastYear, todayMonth, villages)) +
    (await adjustments(em, random, thisId, county.id, thisYear, todayMonth, villages));

  await query(
    em,
    sql`insert into assessment_appeal (village_id, county_id, period, kind, reason, filed_by, filed_at, status, evidence, decided_by, decided_at, decision)
     values (${vetoLast[2].villageId}, ${county.id}, ${String(lastYear)}, 'VETO', '上访系个别村民对政策理解有误，村里已做解释工作，请求撤销否决', 'village', now(), 'REJECTED',
             ${JSON.stringify([vetoLast[2].source])}::jsonb, 'leader', now(), '经核实上访事项属实且系村务公开不到位引发，维持一票否决'),
            (${vetoThis[0].villageId}, ${county.id}, ${quarterOf(vetoThis[0].day.slice(0, 7))}, 'VETO', '违法生育者已于事发前辞去村委职务，请求重新认定', 'village', now(), 'PENDING',
             ${JSON.stringify([vetoThis[0].source])}::jsonb, null, null, null)`,
  );

  const started = performance.now();
  // Last year only as far as this year needs it: its last quarter (for this year's first change of rank) and the year (rewards).
  const summaries = [
    await recomputeScores(em, lastId, `${lastYear}-Q4`),
    await recomputeScores(em, lastId, String(lastYear)),
    ...(await recomputeYear(em, thisId, today.toISOString())),
  ];
  const milliseconds = Math.round(performance.now() - started);
  const paid = await payLastYear(em, random, lastYear);
  return (
    `${lastYear} and ${thisYear} schemes, ${routine} routine rounds, a spot check of ${spot.sampled} villages (${spot.discrepant} misreporting), ` +
    `${vetoLast.length + vetoThis.length} veto events, ${adjusted} bonus/deduction entries, ${summaries.length} periods scored for ${summaries[0]?.villages ?? 0} villages in ${milliseconds} ms, ${paid} rewards paid`
  );
}

export const assessmentDemo: FeatureDemo = { name: 'assessment', load };
