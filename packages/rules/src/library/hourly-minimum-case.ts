/**
 * A clause test of fd.min_hourly_pay with its library default (no `min_hourly` set): the default is dated, 24 CNY
 * before 2025-07-01 and 25 from then (S1), resolved by each worker-day as an agreement's dated value is. The same
 * pay of an hour is enough on 2025-06-30 and short on 2025-07-01. Run on the TypeScript evaluator and the engines.
 */
export const hourlyMinimumDefaultCase = `
rule: fd.min_hourly_pay
effective_from: '2025-05-01'
row_defaults: { platform: eleme, status: delivered, distance_m: 1000, penalty: 0, subsidy: 0 }
cases:
  - name: the default is 24 before 2025-07-01 and 25 from then
    rows:
      - { order_id: a, rider_id: r1, accepted_at: '2025-06-30 10:00', delivered_at: '2025-06-30 11:00', created_at: '2025-06-30 10:00', promised_at: '2025-06-30 11:00', pay: 24 }
      - { order_id: b, rider_id: r2, accepted_at: '2025-06-30 10:00', delivered_at: '2025-06-30 11:00', created_at: '2025-06-30 10:00', promised_at: '2025-06-30 11:00', pay: 23.99 }
      - { order_id: c, rider_id: r1, accepted_at: '2025-07-01 10:00', delivered_at: '2025-07-01 11:00', created_at: '2025-07-01 10:00', promised_at: '2025-07-01 11:00', pay: 24 }
      - { order_id: d, rider_id: r2, accepted_at: '2025-07-01 10:00', delivered_at: '2025-07-01 11:00', created_at: '2025-07-01 10:00', promised_at: '2025-07-01 11:00', pay: 25 }
    expect:
      - { key: r1|2025-07-01, evidence: [c], amount: 1, values: { param.min_hourly: 25 } }
      - { key: r2|2025-06-30, evidence: [b], amount: 0.01, values: { param.min_hourly: 24 } }
`;
