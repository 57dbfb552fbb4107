import type { EntityManager } from '@mikro-orm/postgresql';
import { Arg, Ctx, Field, Float, FieldResolver, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { fmt, previousPeriod } from '@township/shared';
import { query, sql } from '../../../db/sql.js';
import { Cost } from '../../../graphql/cost.js';
import type { RequestContext } from '../../../graphql/context.js';
import type { Scope } from '../../../graphql/scope.js';
import { orgUnitById, TownshipType } from '../../org-units/index.js';
import { checkPeriodArg } from '../scores/score.query.js';
import { parallel } from '../../../db/parallel.js';

@ObjectType('TownshipRank', { description: "A township's position (先进位次) from its villages' results." })
export class TownshipRankType {
  townshipId!: number;
  @Field(() => Int, { description: 'Position in the county (1 = first).' }) position!: number;
  @Field(() => Int, { nullable: true, description: 'Position in the previous period.' }) previousPosition!: number | null;
  @Field(() => Float, { description: 'Township score: the average of its villages’ totals, a vetoed village counting 0.' }) score!: number;
  @Field(() => Int, { description: 'Villages with a result.' }) villages!: number;
  @Field(() => Int, { description: 'Villages graded 优秀.' }) excellent!: number;
  @Field(() => Int, { description: 'Villages graded 良好.' }) good!: number;
  @Field(() => Int, { description: 'Villages graded 合格.' }) pass!: number;
  @Field(() => Int, { description: 'Villages graded 不合格.' }) fail!: number;
  @Field(() => Int, { description: 'Vetoed villages.' }) vetoed!: number;
  @Field(() => Boolean, { description: 'Red-flag township (红旗乡镇): in the first quarter of the ranking with no vetoed village.' }) redFlag!: boolean;
  @Field(() => String, { description: 'How the position was reached (Chinese).' }) explanation!: string;
}

interface RankRow {
  township_id: number;
  position: string;
  score: string;
  villages: string;
  excellent: string;
  good: string;
  pass: string;
  fail: string;
  vetoed: string;
  townships: string;
}

const ranks = (scope: Scope, period: string) => sql<RankRow>`
  select r.township_id, round(avg(case when r.vetoed then 0 else r.total end), 2) as score, count(*) as villages,
         count(*) filter (where r.grade = 'EXCELLENT') as excellent, count(*) filter (where r.grade = 'GOOD') as good,
         count(*) filter (where r.grade = 'PASS') as pass, count(*) filter (where r.grade = 'FAIL') as fail,
         count(*) filter (where r.vetoed) as vetoed,
         rank() over (order by avg(case when r.vetoed then 0 else r.total end) desc) as position,
         count(*) over () as townships
    from assessment_result r join org_unit t on t.id = r.township_id
   where r.period = ${period} and ${sql.scoped(scope, 't')}
   group by r.township_id`;

/** Townships in scope ranked on a period's results (one statement per period: this one and the one before). */
export async function townshipRanking(em: EntityManager, scope: Scope, period: string): Promise<TownshipRankType[]> {
  checkPeriodArg(period);
  const [rows, previous] = await parallel(em, [
    () => query(em, sql<RankRow>`${ranks(scope, period)} order by position, township_id`),
    () => query(em, ranks(scope, previousPeriod(period))),
  ]);
  const before = new Map(previous.map((p) => [p.township_id, Number(p.position)]));
  return rows.map((r) => {
    const n = (x: string) => Number(x);
    const position = n(r.position);
    const redFlag = position <= Math.max(1, Math.floor(n(r.townships) / 4)) && n(r.vetoed) === 0;
    return Object.assign(new TownshipRankType(), {
      townshipId: r.township_id,
      position,
      previousPosition: before.get(r.township_id) ?? null,
      score: n(r.score),
      villages: n(r.villages),
      excellent: n(r.excellent),
      good: n(r.good),
      pass: n(r.pass),
      fail: n(r.fail),
      vetoed: n(r.vetoed),
      redFlag,
      explanation: `${n(r.villages)}个村平均${fmt(n(r.score))}分（被一票否决的村按0分计），全县第${position}位；优秀${r.excellent}、良好${r.good}、合格${r.pass}、不合格${r.fail}，否决${r.vetoed}个${redFlag ? '；位列前四分之一且无否决，评为红旗乡镇' : ''}。`,
    });
  });
}

@Resolver(() => TownshipRankType)
export class TownshipRankingResolver {
  @Query(() => [TownshipRankType], {
    complexity: Cost.aggregate,
    description: 'Townships in your scope ranked by their villages’ results of a period (先进位次, 红旗乡镇).',
  })
  townshipRanking(@Arg('period', () => String, { description: 'A quarter or a year.' }) period: string, @Ctx() ctx: RequestContext) {
    return townshipRanking(ctx.em, ctx.scope, period);
  }

  @FieldResolver(() => TownshipType, { description: 'The township.' })
  township(@Root() rank: TownshipRankType, @Ctx() ctx: RequestContext) {
    return orgUnitById(ctx).load(rank.townshipId);
  }
}
