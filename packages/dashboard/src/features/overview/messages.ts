/** The overview feature's UI sentences (`overview.`). */
export const overviewZh = {
  overview: {
    period: '统计期：{from} — {to}（近12个月）',
    legend: '° 样本小，仅供参考',
    empty: '本辖区暂无统计数据',
    summary: {
      title: '辖区概况',
      population: '总人口',
      marriedWomen: '已婚育龄妇女',
      births: '出生（12个月）',
      bySex: '男 {boys} · 女 {girls}',
      deaths: '死亡（12个月）',
      floating: '流动人口 流入/流出',
      inOut: '{in} / {out}',
      villagesReporting: '上报村居',
    },
    breakdown: {
      townshipsTitle: '各乡镇指标对比',
      villagesTitle: '各村居指标对比',
      subtitle: '近12个月；点击一行查看明细',
      rankBy: '排序指标',
      township: '乡镇',
      village: '村居',
    },
  },
};

export const overviewEn: typeof overviewZh = {
  overview: {
    period: 'Period: {from} – {to} (last 12 months)',
    legend: '° small count, indicative only',
    empty: 'No statistics in your scope yet',
    summary: {
      title: 'Scope at a glance',
      population: 'Population',
      marriedWomen: 'Married women',
      births: 'Births (12 mo.)',
      bySex: 'boys {boys} · girls {girls}',
      deaths: 'Deaths (12 mo.)',
      floating: 'Floating in / out',
      inOut: '{in} / {out}',
      villagesReporting: 'Villages reporting',
    },
    breakdown: {
      townshipsTitle: 'Townships compared',
      villagesTitle: 'Villages compared',
      subtitle: 'Last 12 months; click a row for details',
      rankBy: 'Rank by',
      township: 'Township',
      village: 'Village',
    },
  },
};
