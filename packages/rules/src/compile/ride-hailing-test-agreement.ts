/**
 * A ride-hailing agreement for the compiler's tests, as YAML: a row clause and a blocks clause of the library, a
 * clause of text only and a clause with its own check.
 */
export const rideHailingTestAgreement = `id: uber-check
title: 网约车测试协议
industry: ride_hailing
effective_from: 2025-01-01
clauses:
  - id: cap
    title: 抽成上限
    text: 单笔抽成不超过27%。
    rule: rh.commission_cap
  - id: fatigue
    title: 防疲劳
    text: 连续服务4小时休息20分钟。
    rule: rh.fatigue_short
  - id: note
    title: 公示
    text: 规则调整前征求意见。
  - id: custom
    title: 自定义
    text: 小费全额归司机。
    check:
      dataset: ride_trips
      shape: row
      violation: tips < 0
`;
