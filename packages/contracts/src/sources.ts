/**
 * The sources that the standard rule library and the shipped agreements cite for a clause or a parameter value
 * (`sources: [S2]`), by number: what each says, in a line, and where it was reported. Agreements may also cite
 * `negotiated` (a value the parties agreed at the table) or a document of their own, shown as written.
 */
export interface SourceEntry {
  zh: string;
  en: string;
  /** Who published it, and when. */
  origin: string;
}

export const negotiatedSource = 'negotiated';

export const sourceCatalogue: Readonly<Record<string, SourceEntry>> = {
  S1: {
    zh: '上海最低工资自2025年7月1日起为每月2,740元、每小时25元（此前2,690元、24元）',
    en: 'Shanghai minimum wage from 2025-07-01: 2,740 CNY a month, 25 CNY an hour (was 2,690 and 24)',
    origin: '上海市人力资源和社会保障局, 2025',
  },
  S2: {
    zh: '《2025年度"饿了么"（上海）网约配送算法与劳动规则协议》：众包骑手每小时收入不低于25元（含补贴），逐步取消超时罚款，接单前展示费用构成，恶劣天气补贴',
    en: 'The 2025 Ele.me (Shanghai) delivery algorithm and labour-rule agreement: crowd riders at least 25 CNY an hour including subsidies, lateness fines phased out, fees shown before accepting, bad-weather subsidies',
    origin: '上海市总工会 / 饿了么, 2025-04',
  },
  S3: {
    zh: '人社部2023年《新就业形态劳动者休息和劳动报酬权益保障指引》：工作时间为订单时间（重叠只计一次）加宽放时间和必要在线时间',
    en: "MOHRSS 2023 guidelines on new-employment workers' rest and pay: working time is order time (overlaps once) plus allowances and required online time",
    origin: '人力资源和社会保障部, 2023',
  },
  S4: {
    zh: 'T3出行集体协议：服务时间内收入不低于小时最低工资，每单显示乘客支付、司机收入和抽成比例',
    en: 'T3 collective agreement: income in service time at least the hourly minimum; every order shows the fare, the driver’s income and the commission rate',
    origin: 'IT之家 2025-07-22',
  },
  S5: {
    zh: '饿了么全国协议：连续工作4小时后休息不少于20分钟；专送骑手月收入不低于当地月最低工资',
    en: 'Ele.me national agreement: after 4 hours of continuous work, at least 20 minutes of rest; dedicated riders at least the local monthly minimum',
    origin: '中新社 / 澎湃 2025-09-11',
  },
  S6: {
    zh: '台风"贝碧嘉"期间上海平台停止配送；预警期间发放天气补贴、放宽时限、取消超时和差评处罚',
    en: 'Shanghai platforms stopped delivery in typhoon Bebinca; in alerts: weather subsidies, longer limits, no lateness or bad-review penalties',
    origin: '澎湃 2024-09',
  },
  S7: {
    zh: '石家庄《新就业形态劳动用工管理指引（试行）》：至多按月结算，不收押金，不得以"最严算法"作为考核要求',
    en: 'Shijiazhuang guideline: settlement at least monthly, no deposits, no "strictest algorithm"',
    origin: '石家庄市, 指引（试行）',
  },
  S8: {
    zh: '国家标准《外卖平台服务管理基本要求》：接单原则上每日不超过8小时并提醒；连续4小时后20分钟不派单；每周至少休息一天；按电动自行车限速计算配送时间',
    en: 'National standard on delivery platforms: order-taking at most 8 h a day in principle, with a prompt; 20 minutes without orders after 4 h; at least one rest day a week; delivery times at the e-bike speed limit',
    origin: '市场监管总局, 2025-12',
  },
  S9: {
    zh: '美团：2025年底前全国众包骑手取消超时罚款；8小时提醒，12小时强制下线',
    en: 'Meituan: lateness fines cancelled for crowd riders nationwide by the end of 2025; 8-hour reminder, 12-hour forced logoff',
    origin: '21世纪经济报道 2025-10-16',
  },
  S10: {
    zh: '滴滴防疲劳规则：累计服务4小时且未休息20分钟则下线20分钟；计费时长10小时后休息6小时',
    en: 'Didi anti-fatigue rules: 4 hours of service without a 20-minute break means 20 minutes offline; 10 billed hours mean 6 hours of rest',
    origin: '北京日报 2019-06-18',
  },
  S12: {
    zh: '美团配送时间估算：取模型估计与三种保护时间中最长者',
    en: "Meituan's delivery-time estimate: the longest of a model estimate and three protection times",
    origin: '美团, 2021-09',
  },
  S13: {
    zh: '市场监管总局等七部门2021年意见：正常劳动收入不低于最低工资，以"算法取中"代替"最严算法"',
    en: 'SAMR and six departments, 2021: income for normal work at least the minimum wage; the median algorithm instead of the strictest',
    origin: '每日经济新闻 2021-07-26',
  },
  S14: {
    zh: '《平台劳动规则和算法协商指引（试行）》：协商派单、收入与抽成、工时与休息、时间估算与路线、考核与处罚',
    en: 'Guideline on negotiating platform labour rules and algorithms: allocation, income and commission, hours and rest, time estimates and routes, assessment and penalties',
    origin: '全国总工会、人社部等, 2026-03',
  },
  S15: {
    zh: '淘宝闪购（饿了么）服务分：超时5分钟以内扣1分，每单至多2分；2025年12月12日前直营城市全部取消超时罚款',
    en: 'Taobao Flash (Ele.me) service score: up to 5 minutes late costs 1 point, at most 2 per order; lateness fines cancelled in all directly run cities by 2025-12-12',
    origin: '解放日报 2025-12',
  },
  S16: {
    zh: '美团广西试点：天气、道路、电梯等异常场景在应用内报备，核实后免责',
    en: 'Meituan pilot in Guangxi: abnormal scenes (weather, road, lift) reported in the app, verified and waived',
    origin: '联商网 2025-02-14',
  },
  S17: {
    zh: '恶劣天气惯例：预警期间超时订单免责，红色预警暂停配送',
    en: 'Weather practice: orders late in alerts exempted; delivery suspended under red alerts',
    origin: '澎湃 2023-09',
  },
  S18: {
    zh: '2025年前差评罚款100至500元较为常见',
    en: 'Bad-review fines of 100–500 CNY were common before 2025',
    origin: '法治日报',
  },
  S19: {
    zh: '网约车"阳光行动"：抽成比例 =（乘客支付 − 司机收入）÷ 乘客支付；11家平台公布18%至30%的抽成上限',
    en: 'Ride-hailing transparency campaign: commission = (fare paid − driver pay) ÷ fare paid; 11 platforms published caps of 18–30 %',
    origin: '北京青年报 2022-07-29',
  },
  S20: {
    zh: '滴滴抽成上限2025年底前由29%降至27%，超出部分随单退还；T3不超过27%；曹操出行22.5%',
    en: 'Didi cap from 29 % to 27 % by the end of 2025, the excess refunded with the order; T3 at most 27 %; Caocao 22.5 %',
    origin: '新华财经 / 21世纪经济报道 2025-08-22',
  },
  S21: {
    zh: '滴滴2024年平均抽成14%；把优惠券计作乘客支付时，同一订单的抽成由16.6%变为23.7%',
    en: "Didi's 2024 average commission 14 %; counting a coupon as paid turns 16.6 % into 23.7 % for the same order",
    origin: 'IT时报 2025',
  },
  S22: {
    zh: '极兔协议（青浦）：派费经品牌渠道直接发放给快递员，不低于加盟商单件平均收入的25%',
    en: "J&T agreement (Qingpu): the per-piece fee paid straight to the courier through the brand's channel, at least 25 % of the franchisee's per-piece income",
    origin: '劳动报 / 澎湃 2025-07-23',
  },
  S23: {
    zh: '极兔加盟商欠薪保障：总部约谈加盟商、运用政策手段，必要时更换加盟商',
    en: 'J&T franchisee wage-arrears guarantee: headquarters talks to the franchisee, uses policy levers and replaces it if needed',
    origin: 'IT之家 2025-07-17',
  },
  S24: {
    zh: '滴滴货运：货主完成后7天未付运费的，由平台全额垫付',
    en: 'Didi Freight: freight a shipper has not paid 7 days after completion is advanced in full by the platform',
    origin: '每日经济新闻 2025-10',
  },
  S25: {
    zh: '货拉拉：每单抽佣不超过100元；高峰加价不超过订单金额的60%',
    en: 'Huolala: commission at most 100 CNY an order; peak fee at most 60 % of the order amount',
    origin: 'IT之家 2026-01-29',
  },
  S26: {
    zh: '满帮算法协议（货运首份）：每季度协商，规则修订前向工会说明，下架低于成本的订单',
    en: 'Full Truck Alliance algorithm agreement, the first in freight: quarterly consultation, rule changes explained to the union first, below-cost orders removed',
    origin: '工人日报 2025-12',
  },
  S29: {
    zh: '工会劳动法律监督"一函两书"：意见书应在15个工作日内书面答复；拒不整改的，县级以上工会向劳动行政部门发出建议书',
    en: 'Union labour-law supervision: an opinion letter is answered in writing within 15 working days; if not corrected, a county-level or higher union sends a recommendation to the labour authority',
    origin: '总工办发〔2021〕9号; 工人日报 2024-02-23',
  },
  S31: {
    zh: '上海新就业形态劳动者互助保障计划的保障档次与缴费',
    en: 'Shanghai union mutual-aid plan for new-employment workers: its tiers of cover and dues',
    origin: '澎湃',
  },
  S32: {
    zh: '闵行一站式调解室：多为小额报酬争议',
    en: 'Minhang one-stop mediation room: mostly small pay claims',
    origin: '上观新闻',
  },
  S33: {
    zh: '美团高频骑手2024年月收入6,650至9,344元',
    en: 'Meituan high-frequency riders earned 6,650–9,344 CNY a month in 2024',
    origin: '美团研究院 2025-03',
  },
};

/** What a cited source is, in the reader's language: the catalogue's line, agreed at the table, or as written. */
export function sourceDescription(id: string, language: 'zh' | 'en'): { title: string; origin?: string } {
  if (id === negotiatedSource) return { title: language === 'en' ? 'Agreed at the table' : '协商确定' };
  const entry = sourceCatalogue[id];
  return entry ? { title: entry[language], origin: entry.origin } : { title: id };
}
