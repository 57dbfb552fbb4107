import { DepartmentCode } from '@township/shared';
import type { CountyPlan, UnitPlan } from './geography.js';
import type { Random } from './prng.js';

export interface DepartmentPlan {
  township: UnitPlan;
  code: DepartmentCode;
  name: string;
  id: number;
}

export interface LetterPlan {
  department: DepartmentPlan;
  year: number;
  signedOn: string | null;
  commitments: string;
}

interface DepartmentSeed {
  suffix: string;
  /** One wording per year of the window: the sources ask for indicators renewed each year, not copied. */
  commitments: readonly [string, string];
}

const DEPARTMENTS: Record<DepartmentCode, DepartmentSeed> = {
  PUBLICITY: {
    suffix: '宣传办',
    commitments: [
      '开展婚育新风进万家活动，每季度更新村级宣传栏，全年组织集中宣传不少于4次。',
      '把人口计生政策纳入党委中心组学习和群众夜校，村村有宣传标语、户户有明白纸。',
    ],
  },
  INDUSTRY_COMMERCE: {
    suffix: '工商所',
    commitments: ['个体工商户登记时查验流动人口婚育证明，每月向计生办通报新登记业户信息。', '配合清理整顿非法鉴定胎儿性别广告，年内开展市场专项检查2次。'],
  },
  TAX: {
    suffix: '税务所',
    commitments: [
      '落实计生困难家庭、独生子女户创业税收减免政策，按季度报送享受户数。',
      '办理税务登记时宣传计划生育政策，配合核查超生对象经营收入以利社会抚养费征收。',
    ],
  },
  CULTURE: {
    suffix: '文化站',
    commitments: ['每村每年送计生文艺节目下乡不少于1场，建设人口文化大院。', '利用农村电影放映加映计生宣传片，全年放映不少于村均2场。'],
  },
  SCIENCE: {
    suffix: '科技站',
    commitments: ['对计生户优先开展实用技术培训，全年培训计生家庭劳动力不少于300人次。', '为独生子女户和双女户提供种养殖科技指导，落实“三结合”帮扶项目。'],
  },
  HEALTH: {
    suffix: '卫生院',
    commitments: [
      '承担孕情监测与季度健康查体技术服务，出生医学信息每月与计生办核对。',
      '严禁非医学需要的胎儿性别鉴定和选择性别人工终止妊娠，住院分娩信息及时通报。',
    ],
  },
  PUBLIC_SECURITY: {
    suffix: '派出所',
    commitments: [
      '做好流动人口登记与信息通报，出生、死亡、迁移户籍变动每月与计生办核对一次。',
      '配合打击“两非”违法行为，新生儿落户前查验生育证明，杜绝漏登错登。',
    ],
  },
  TRANSPORT: {
    suffix: '交通管理站',
    commitments: ['在客运站点设置计生宣传栏，对从业驾驶员中的流动人口查验婚育证明。', '将计生政策执行情况纳入运输业户年审内容，按季度通报从业人员婚育信息。'],
  },
  CIVIL_AFFAIRS: {
    suffix: '民政办',
    commitments: ['婚姻登记信息共享，每月向计生办通报结婚、离婚登记情况。', '落实计生特殊家庭和农村独生子女户低保、救助优先政策，全年不漏一户。'],
  },
  YOUTH_LEAGUE: {
    suffix: '团委',
    commitments: ['组织青年志愿者开展青春健康教育，全年活动不少于4次。', '在青年中倡导晚婚晚育、少生优生，开展新婚青年计生知识培训。'],
  },
  WOMENS_FEDERATION: {
    suffix: '妇联',
    commitments: ['开展“关爱女孩”行动和生殖健康知识宣传，参与季度健康查体组织动员。', '组织双女户、独女户家庭参加巾帼致富培训，维护计生家庭妇女合法权益。'],
  },
  EDUCATION: {
    suffix: '中心学校',
    commitments: ['在中学开设青春期与人口国情教育课，每学期不少于4课时。', '落实独生子女和计生困难家庭子女入学优惠、助学政策，按学期报送名单。'],
  },
};

/** The twelve departments of each township, each with a responsibility letter for this year and last. */
export function planDepartments(random: Random, plan: CountyPlan, today: Date): { departments: DepartmentPlan[]; letters: LetterPlan[] } {
  const departments: DepartmentPlan[] = [];
  const letters: LetterPlan[] = [];
  const year = today.getUTCFullYear();
  const todayIso = today.toISOString().slice(0, 10);
  for (const township of plan.townships) {
    for (const code of Object.values(DepartmentCode)) {
      const seed = DEPARTMENTS[code];
      const department: DepartmentPlan = { township: township.unit, code, name: township.unit.name + seed.suffix, id: 0 };
      departments.push(department);
      for (const y of [year - 1, year]) {
        // Letters are signed at the year's first meetings, in January or February.
        const signed = `${y}-${String(random.int(1, 2)).padStart(2, '0')}-${String(random.int(5, 28)).padStart(2, '0')}`;
        letters.push({
          department,
          year: y,
          commitments: seed.commitments[y % 2],
          // Before its signing day this year's letter exists as a draft, unsigned.
          signedOn: signed <= todayIso ? signed : null,
        });
      }
    }
  }
  return { departments, letters };
}
