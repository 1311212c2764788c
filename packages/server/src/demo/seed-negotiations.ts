import type { Database } from '../platform/db/client';
import type { Actor } from '../platform/security/actor';
import { createMeeting } from '../modules/negotiations/commands/saveMeeting';
import { findAgreement } from '../modules/agreements/agreements.repository';
import type { MeetingInput } from '@gigpact/contracts';
import { meetingInput } from '@gigpact/contracts';

/** Demo meetings (恳谈会) over the shipped agreements; the people are invented, the settings are Shanghai's. */
const demoMeetings: { agreementId: string; meeting: MeetingInput }[] = [
  {
    agreementId: 'eleme-shanghai-2025',
    meeting: {
      title: '2025年饿了么算法与劳动规则第二次恳谈会',
      heldOn: '2025-04-10',
      place: '上海市总工会职工服务中心 3 楼会议室',
      regionCode: '310000',
      parties: ['上海市总工会', '饿了么（上海）', '骑手代表', '市消保委'],
      participants: [
        { name: '周立群', organisation: '上海市总工会权益保障部', role: 'union' },
        { name: '陈宇', organisation: '饿了么（上海）运营中心', role: 'platform' },
        { name: '王海涛', organisation: '饿了么普陀站点', role: 'rider_representative' },
        { name: '李娟', organisation: '饿了么青浦站点', role: 'rider_representative' },
        { name: '孙敏', organisation: '上海市消费者权益保护委员会', role: 'consumer' },
        { name: '郑教授', organisation: '华东政法大学劳动法研究中心', role: 'expert' },
      ],
      proposals: [
        {
          proposedBy: '王海涛',
          clauseId: 'c01',
          text: '因商家出餐慢导致的超时，骑手不承担责任，系统自动识别商家出餐时间。',
          outcome: 'agreed',
          note: '商家出餐宽限时间定为 5 分钟。',
        },
        {
          proposedBy: '李娟',
          clauseId: 'c05',
          text: '众包骑手小时收入不低于本市小时最低工资标准，7 月起随最低工资调整。',
          outcome: 'agreed',
          note: '',
        },
        {
          proposedBy: '陈宇',
          clauseId: 'c08',
          text: '每日接单时长上限由 12 小时放宽至 14 小时。',
          outcome: 'rejected',
          note: '工会方与骑手代表均不同意，维持 12 小时。',
        },
        {
          proposedBy: '孙敏',
          clauseId: 'c06',
          text: '预估送达时间向消费者展示时留出恶劣天气余量。',
          outcome: 'deferred',
          note: '待平台测算后下次恳谈会再议。',
        },
      ],
      followUps: [
        {
          text: '提交恶劣天气预估时间余量测算方案',
          owner: '饿了么（上海）',
          dueOn: '2025-04-30',
          done: true,
        },
        { text: '在骑手端公示超时免责规则', owner: '饿了么（上海）', dueOn: '2025-05-15', done: true },
        {
          text: '汇总各区骑手对时长上限的意见',
          owner: '上海市总工会权益保障部',
          dueOn: '2025-06-30',
          done: false,
        },
      ],
      minutes:
        '会议由市总工会权益保障部主持。平台介绍了超时判罚和预估时间算法的现状，骑手代表反映商家出餐慢导致超时被罚的问题。' +
        '经协商，双方就超时免罚和小时收入达成一致，时长上限维持现行规定，预估时间余量待平台测算后再议。',
    },
  },
  {
    agreementId: 'eleme-shanghai-2025',
    meeting: {
      title: '徐泾镇骑手进小区恳谈会',
      heldOn: '2025-06-18',
      place: '徐泾镇骑手驿站（徐泾镇总工会）',
      regionCode: '310118106',
      parties: ['徐泾镇总工会', '饿了么青浦站点', '小区物业', '居委会'],
      participants: [
        { name: '顾春燕', organisation: '徐泾镇总工会', role: 'union' },
        { name: '吴磊', organisation: '饿了么青浦站点', role: 'platform' },
        { name: '李娟', organisation: '饿了么青浦站点', role: 'rider_representative' },
        { name: '黄建国', organisation: '徐泾某小区物业服务中心', role: 'property_manager' },
        { name: '马阿姨', organisation: '徐泾某小区居委会', role: 'resident' },
        { name: '许老板', organisation: '徐泾镇餐饮商户', role: 'merchant' },
      ],
      proposals: [
        {
          proposedBy: '李娟',
          clauseId: 'c01',
          text: '小区门岗登记造成的等待时间计入送达宽限，不判超时。',
          outcome: 'agreed',
          note: '物业在门岗设骑手快速登记通道。',
        },
        {
          proposedBy: '黄建国',
          clauseId: null,
          text: '电动车在小区内限速并统一停放。',
          outcome: 'agreed',
          note: '',
        },
      ],
      followUps: [
        { text: '门岗设置骑手快速登记通道', owner: '黄建国', dueOn: '2025-07-01', done: true },
        { text: '平台核对门岗等待时间数据', owner: '饿了么青浦站点', dueOn: '2025-07-31', done: false },
      ],
      minutes:
        '镇总工会召集平台、物业、居民和商户代表，围绕骑手进小区难、超时被罚的问题协商。物业同意设置快速登记通道，' +
        '平台同意核对门岗等待时间并在判罚中扣除。',
    },
  },
  {
    agreementId: 'jt-franchisee-qingpu-2025',
    meeting: {
      title: '极兔青浦加盟网点派费分成恳谈会',
      heldOn: '2025-08-20',
      place: '青浦区总工会 2 楼会议室',
      regionCode: '310118',
      parties: ['青浦区快递行业工会联合会', '青浦加盟商（示例）', '快递员代表'],
      participants: [
        { name: '沈卫东', organisation: '青浦区快递行业工会联合会', role: 'union' },
        { name: '钱经理', organisation: '青浦加盟商（示例）', role: 'platform' },
        { name: '赵强', organisation: '极兔青浦赵巷网点', role: 'rider_representative' },
        { name: '刘律师', organisation: '青浦区法律援助中心', role: 'expert' },
      ],
      proposals: [
        {
          proposedBy: '赵强',
          clauseId: 'fee-share',
          text: '快递员单件派费分成比例由 25% 提高到 30%。',
          outcome: 'agreed',
          note: '自 2025 年 9 月 1 日起执行。',
        },
        {
          proposedBy: '沈卫东',
          clauseId: 'arrears',
          text: '工资于每月 15 日前足额发放，不设宽限期。',
          outcome: 'agreed',
          note: '',
        },
      ],
      followUps: [
        { text: '向全体快递员公布新分成比例', owner: '青浦加盟商（示例）', dueOn: '2025-09-05', done: true },
        { text: '首月工资发放情况回访', owner: '青浦区快递行业工会联合会', dueOn: '2025-10-20', done: false },
      ],
      minutes: '加盟商同意将分成比例提高至 30%，并承诺按月足额发放工资。工会将在首个发薪日后回访快递员。',
    },
  },
];

/** Records the demo meetings over the shipped agreements that are present. */
export async function seedNegotiationsDemo(db: Database, author: Actor, now: Date): Promise<void> {
  for (const { agreementId, meeting } of demoMeetings) {
    if (!(await findAgreement(db, agreementId))) continue;
    await createMeeting(db, author, agreementId, meetingInput.parse(meeting), now);
  }
}
