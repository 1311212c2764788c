/**
 * Texts of the login page beyond the shared ones, registered under `login.` when the page's chunk loads. `en` is
 * typed by `zh`, and a test checks that both have the same keys and variables.
 */
export const zh = {
  publicRules: '标准规则库：每条规则检查什么',
  publicScorecards: '平台评分卡：各平台守约情况，公开可查',
};

export const en: typeof zh = {
  publicRules: 'The standard rule library: what each rule checks',
  publicScorecards: 'Platform scorecards: how each platform keeps its agreements, open to all',
};
