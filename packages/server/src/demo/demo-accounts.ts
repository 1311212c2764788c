import type { Role } from '@gigpact/contracts';

/** The password of every demo account; printed at start-up and listed in the README. Demo installations only. */
export const demoPassword = 'Gigpact-2026!';

export interface DemoAccount {
  username: string;
  displayName: string;
  role: Role;
  area: string;
}

export const demoAccounts: readonly DemoAccount[] = [
  { username: 'admin', displayName: '市总工会管理员', role: 'city_admin', area: 'city:310000' },
  { username: 'qingpu', displayName: '青浦区总工会 王敏', role: 'district_officer', area: 'district:310118' },
  {
    username: 'huangpu',
    displayName: '黄浦区总工会 李强',
    role: 'district_officer',
    area: 'district:310101',
  },
  { username: 'xujing', displayName: '徐泾镇工会 张静', role: 'street_officer', area: 'street:310118106' },
  {
    username: 'mediator',
    displayName: '青浦区一站式调解中心 陈调解员',
    role: 'mediator',
    area: 'district:310118',
  },
  {
    username: 'procurator',
    displayName: '青浦区检察院 刘检察官',
    role: 'procurator',
    area: 'district:310118',
  },
  { username: 'eleme', displayName: '饿了么（上海）平台代表', role: 'platform_rep', area: 'city:310000' },
  { username: 'rider', displayName: '骑手 R-7F3A', role: 'worker', area: 'city:310000' },
];
