/** The session feature's UI sentences: the sign-in page (`signIn.`). */
export const sessionZh = {
  signIn: {
    title: '用户登录',
    subtitle: '请使用本单位分配的账号登录',
    username: '用户名',
    usernamePlaceholder: '请输入用户名',
    password: '密码',
    passwordPlaceholder: '请输入密码',
    submit: '登 录',
    failed: '用户名或密码错误，请重新输入',
    demoTitle: '演示账号',
    demoHint: '演示县已预置以下账号，密码均为 {password}，点击即可填入：',
    points: {
      1: '出生人口性别比、计划生育率、健康查体率、社会抚养费征收率等指标按月汇总，逐村可查',
      2: '因村制宜、分类指导：A、B、C 类村分别设定目标，驻村干部同奖同罚',
      3: '群众满意率调查与民主评议，信访举报首问负责、限时办结',
      4: '每月联席会议：分析形势、部署任务、协调解决重点难点问题',
    },
    footer: '数据仅限工作使用，请勿外传。',
  },
};

export const sessionEn: typeof sessionZh = {
  signIn: {
    title: 'Sign in',
    subtitle: 'Use the account your unit gave you',
    username: 'Username',
    usernamePlaceholder: 'Enter your username',
    password: 'Password',
    passwordPlaceholder: 'Enter your password',
    submit: 'Sign in',
    failed: 'Wrong username or password',
    demoTitle: 'Demo accounts',
    demoHint: 'The demo county has these accounts, all with password {password}. Click one to fill it in:',
    points: {
      1: 'Sex ratio at birth, planned-birth, health-check and fee-collection rates, monthly and village by village',
      2: "Targets by village category (A, B, C); stationed cadres share their village's reward or penalty",
      3: 'Satisfaction surveys and democratic evaluation; complaints owned by whoever receives them, closed on time',
      4: 'The monthly joint meeting: analyse the situation, assign tasks, resolve the hard problems',
    },
    footer: 'For official use only.',
  },
};
