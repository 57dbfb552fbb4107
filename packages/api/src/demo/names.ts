import { Gender } from '@township/shared';
import type { Random } from './prng.js';

// Weights roughly follow how common each surname is in Shandong, so a list of officers reads real.
const SURNAMES: ReadonlyArray<readonly [string, number]> = [
  ['王', 10],
  ['李', 9],
  ['张', 9],
  ['刘', 8],
  ['陈', 4],
  ['杨', 4],
  ['赵', 4],
  ['黄', 2],
  ['周', 2],
  ['吴', 2],
  ['徐', 4],
  ['孙', 5],
  ['胡', 2],
  ['朱', 3],
  ['高', 4],
  ['林', 2],
  ['何', 1],
  ['郭', 2],
  ['马', 3],
  ['罗', 1],
  ['于', 4],
  ['丁', 3],
  ['管', 2],
  ['郑', 2],
  ['厉', 2],
  ['许', 2],
  ['韩', 2],
  ['石', 2],
  ['董', 2],
  ['宋', 2],
  ['姜', 2],
  ['崔', 2],
  ['吕', 1],
  ['袁', 1],
  ['邵', 1],
  ['薛', 1],
  ['葛', 1],
  ['范', 1],
  ['隋', 1],
  ['牟', 1],
];

const MALE_GIVEN = '建国军伟强磊勇涛明杰刚峰斌辉鹏飞波华林平东海志文亮超庆新春成德福永胜民金山立荣祥'.split('');
const FEMALE_GIVEN = '秀英兰芳丽娟霞敏静燕玲红梅艳萍莉琴慧娜洁雪云凤翠华玉珍美娥春晓彩霞丹婷颖'.split('');

const NUMERALS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** 1 → 一, 12 → 十二, 40 → 四十: enough for group and zone numbers. */
export function chineseNumber(n: number): string {
  if (n <= 10) return NUMERALS[n];
  if (n < 20) return `十${NUMERALS[n % 10]}`;
  if (n < 100) return `${NUMERALS[Math.floor(n / 10)]}十${n % 10 ? NUMERALS[n % 10] : ''}`;
  return String(n);
}

/** A common Chinese personal name for the given gender. */
export function personName(random: Random, gender: Gender): string {
  const pool = gender === Gender.Female ? FEMALE_GIVEN : MALE_GIVEN;
  const surname = random.weighted(SURNAMES);
  const first = random.pick(pool);
  if (random.chance(0.3)) return surname + first;
  let second = random.pick(pool);
  while (second === first) second = random.pick(pool);
  return surname + first + second;
}

const VILLAGE_SURNAMES = '张王李刘陈杨赵孙徐高于丁管郑厉许韩马朱胡石潘牟董孟宋卢崔吕姜袁邵薛葛范隋纪仲臧'.split('');
const SURNAME_SUFFIXES = ['家庄', '家村', '家庄子', '家店子', '家沟', '家岭', '家洼', '家河', '家楼', '家官庄', '家埠', '家岔河', '家台'];
const DIRECTIONS = ['东', '西', '南', '北', '前', '后', '上', '下', '大', '小', '中'];
const LANDFORMS = ['河', '岭', '沟', '山', '坡', '庄', '营', '坪', '峪', '泉', '湖', '楼', '店', '洼', '崖', '旺', '峪子', '河口'];
const DESCRIPTIVE = [
  '石门',
  '石河',
  '青山',
  '白石',
  '黄崖',
  '柳沟',
  '杏山',
  '桃园',
  '松林',
  '槐树',
  '龙潭',
  '凤凰山',
  '莲花',
  '马鞍山',
  '卧牛石',
  '金山',
  '银河',
  '官庄',
  '新庄',
  '双庙',
  '三官庙',
  '河西',
  '河东',
  '山后',
  '岭前',
  '泉子',
  '黑涧',
  '白鹤',
  '鹿角',
  '楼子',
  '响水',
  '石场',
  '大坪',
  '碾头',
  '梨园',
  '枣林',
  '栗园',
  '茶园',
  '乔庄',
  '车沟',
  '皂户',
  '窑头',
];

/** A village committee's name (…村) not yet in `taken`; falls back to numbered forms (张家庄二村). */
export function villageName(random: Random, taken: Set<string>): string {
  for (let attempt = 0; attempt < 30; attempt++) {
    const style = random.next();
    let stem: string;
    if (style < 0.4) stem = random.pick(VILLAGE_SURNAMES) + random.pick(SURNAME_SUFFIXES);
    else if (style < 0.75) stem = random.pick(DIRECTIONS) + random.pick(LANDFORMS);
    else stem = random.pick(DESCRIPTIVE);
    const name = `${stem}村`;
    if (!taken.has(name)) {
      taken.add(name);
      return name;
    }
  }
  const stem = random.pick(VILLAGE_SURNAMES) + random.pick(SURNAME_SUFFIXES);
  for (let n = 1; ; n++) {
    const name = `${stem}${chineseNumber(n)}村`;
    if (!taken.has(name)) {
      taken.add(name);
      return name;
    }
  }
}

const COMMUNITIES = ['城关', '新华', '莲花', '东城', '西城', '南关', '北关', '文化路', '人民路', '振兴', '府前', '和平', '建设', '滨河', '育才', '光明'];

/** A residents' committee's name (…社区居委会) not yet in `taken`. */
export function communityName(random: Random, taken: Set<string>): string {
  const free = COMMUNITIES.filter((c) => !taken.has(`${c}社区居委会`));
  const stem = free.length ? random.pick(free) : `${random.pick(COMMUNITIES)}${chineseNumber(taken.size + 1)}`;
  const name = `${stem}社区居委会`;
  taken.add(name);
  return name;
}

/** Service zones are named by number (第一服务区) or by villagers' group (一组服务区), one style per village. */
export function serviceZoneName(byGroup: boolean, n: number): string {
  return byGroup ? `${chineseNumber(n)}组服务区` : `第${chineseNumber(n)}服务区`;
}

const MOBILE_PREFIXES = [
  '130',
  '131',
  '132',
  '133',
  '135',
  '136',
  '137',
  '138',
  '139',
  '150',
  '151',
  '152',
  '155',
  '156',
  '157',
  '158',
  '159',
  '180',
  '182',
  '183',
  '186',
  '187',
  '188',
  '189',
];

/** An 11-digit mobile number. */
export function mobilePhone(random: Random): string {
  let digits = random.pick(MOBILE_PREFIXES);
  for (let i = 0; i < 8; i++) digits += String(random.int(0, 9));
  return digits;
}
