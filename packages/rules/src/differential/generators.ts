import { canonicalDatasets, type DatasetKind } from '@gigpact/contracts';
import fc from 'fast-check';

/**
 * Generated rows of the canonical datasets, small but rich in the boundaries rules care about: equal and
 * overlapping times, empty optional values, whole and fractional money, several workers over a few weeks.
 */
const base = Date.UTC(2025, 5, 23, 0, 0, 0); // Monday 2025-06-23, so whole ISO weeks occur
const pad = (n: number) => String(n).padStart(2, '0');
const stamp = (ms: number) => {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
};
const minute = 60_000;
// Work comes in runs: mostly short steps between consecutive starts (overlaps included), sometimes a night.
const step = fc.oneof(
  { weight: 7, arbitrary: fc.integer({ min: 0, max: 40 }) },
  { weight: 3, arbitrary: fc.integer({ min: 10 * 60, max: 20 * 60 }) },
);
const seconds = fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 59 }));
const minutes = (max: number) =>
  fc.tuple(fc.integer({ min: 0, max }), seconds).map(([m, s]) => m * minute + s * 1000);
const money = (max: number) =>
  fc.oneof(
    fc.integer({ min: 0, max }).map(String),
    fc.integer({ min: 0, max: max * 100 }).map((c) => (c / 100).toFixed(2)),
  );
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null, freq: 4 });
const enumOf = (dataset: DatasetKind, column: string) =>
  fc.constantFrom(...(canonicalDatasets[dataset].columns.find((c) => c.name === column)!.values ?? []));
const bool = fc.constantFrom('true', 'false');

export type Row = Record<string, string | null>;

const deliveryOrder = fc
  .record({
    rider: fc.constantFrom('r1', 'r1', 'r1', 'r2'),
    promisedAfter: minutes(60),
    deliveredAfter: minutes(300),
    wait: maybe(fc.tuple(minutes(20), minutes(20))),
    distance: fc.oneof(fc.constantFrom(0, 1000, 3000, 4500), fc.integer({ min: 0, max: 8000 })),
    status: fc.constantFrom('delivered', 'delivered', 'delivered', 'cancelled'),
    pay: money(30),
    subsidy: maybe(money(5)),
    penalty: maybe(money(5)),
    penaltyReason: maybe(enumOf('delivery_orders', 'penalty_reason')),
    delayReason: maybe(enumOf('delivery_orders', 'delay_reason')),
    fee: maybe(bool),
    alert: maybe(fc.integer({ min: 0, max: 4 }).map(String)),
  })
  .map((r) => (accepted: number): Row => ({
    platform: 'eleme',
    rider_id: r.rider,
    created_at: stamp(accepted),
    accepted_at: stamp(accepted),
    arrived_merchant_at: r.wait ? stamp(accepted + r.wait[0]) : null,
    merchant_ready_at: r.wait ? stamp(accepted + r.wait[1]) : null,
    delivered_at: r.status === 'delivered' ? stamp(accepted + r.deliveredAfter) : null,
    promised_at: stamp(accepted + r.promisedAfter),
    distance_m: String(r.distance),
    status: r.status,
    pay: r.pay,
    subsidy: r.subsidy,
    penalty: r.penalty,
    penalty_reason: r.penaltyReason,
    delay_reason: r.delayReason,
    fee_shown_before_accept: r.fee,
    weather_alert_level: r.alert,
  }));

const rideTrip = fc
  .record({
    driver: fc.constantFrom('d1', 'd1', 'd1', 'd2'),
    platform: fc.constantFrom('didi', 't3'),
    length: minutes(240),
    paid: maybe(money(200)),
    coupon: maybe(money(20)),
    income: money(150),
    refund: maybe(money(10)),
    shown: maybe(bool),
    rate: maybe(fc.integer({ min: 0, max: 1000 }).map((n) => (n / 1000).toFixed(3))),
  })
  .map((r) => (pickup: number): Row => ({
    platform: r.platform,
    driver_id: r.driver,
    pickup_at: stamp(pickup),
    dropoff_at: stamp(pickup + r.length),
    passenger_paid: r.paid,
    platform_coupon: r.coupon,
    driver_income: r.income,
    refund: r.refund,
    bill_shown: r.shown,
    shown_commission_rate: r.rate,
  }));

const freightOrder = fc
  .record({
    amount: money(1000),
    commission: money(150),
    peak: maybe(money(700)),
    customer: maybe(minutes(12 * 24 * 60)),
    driver: maybe(minutes(12 * 24 * 60)),
    advanced: maybe(minutes(12 * 24 * 60)),
  })
  .map((r) => (completed: number): Row => ({
    platform: 'huolala',
    driver_id: 'd1',
    completed_at: stamp(completed),
    order_amount: r.amount,
    commission: r.commission,
    peak_fee: r.peak,
    customer_paid_at: r.customer === null ? null : stamp(completed + r.customer),
    driver_paid_at: r.driver === null ? null : stamp(completed + r.driver),
    advanced_at: r.advanced === null ? null : stamp(completed + r.advanced),
  }));

const parcel = fc
  .record({ hq: money(3), cost: maybe(money(2)), fee: money(2), direct: maybe(bool) })
  .map((r) => (at: number): Row => ({
    company: 'jt',
    franchisee_id: 'f1',
    courier_id: 'k1',
    delivered_at: stamp(at),
    hq_fee: r.hq,
    franchisee_cost: r.cost,
    courier_fee: r.fee,
    paid_direct: r.direct,
  }));

const payroll = fc
  .record({
    courier: fc.constantFrom('k1', 'k2'),
    due: fc.integer({ min: 0, max: 40 }),
    amountDue: money(6000),
    paidShare: fc.constantFrom(0, 0.5, 1),
    paidAfter: maybe(fc.integer({ min: -3, max: 5 })),
  })
  .map((r) => (_at: number): Row => {
    const due = new Date(base + r.due * 24 * 60 * minute).toISOString().slice(0, 10);
    return {
      franchisee_id: 'f1',
      courier_id: r.courier,
      amount_due: r.amountDue,
      amount_paid: (Number(r.amountDue) * r.paidShare).toFixed(2),
      due_date: due,
      paid_at:
        r.paidAfter === null
          ? null
          : stamp(base + (r.due + r.paidAfter) * 24 * 60 * minute + 12 * 60 * minute),
    };
  });

const generators: Partial<Record<DatasetKind, fc.Arbitrary<(start: number) => Row>>> = {
  delivery_orders: deliveryOrder,
  ride_trips: rideTrip,
  freight_orders: freightOrder,
  parcel_deliveries: parcel,
  courier_payroll: payroll,
};

const keyColumn: Partial<Record<DatasetKind, string>> = {
  delivery_orders: 'order_id',
  ride_trips: 'trip_id',
  freight_orders: 'order_id',
  parcel_deliveries: 'parcel_id',
};

/** Up to `max` rows of a dataset, with unique ids (payroll rows are unique by courier and period). */
export function rowsOf(dataset: DatasetKind, max: number): fc.Arbitrary<Row[]> {
  const arb = generators[dataset];
  if (!arb) throw new Error(`no generator for ${dataset}`);
  return fc
    .array(fc.tuple(step, seconds, arb), { minLength: Math.min(30, max), maxLength: max })
    .map((entries) => {
      let at = base;
      const rows = entries.map(([gap, second, build]) => {
        at += gap * minute;
        return build(at + second * 1000);
      });
      return rows.map((row, i) => {
        const key = keyColumn[dataset];
        return key
          ? { ...row, [key]: `x${String(i).padStart(3, '0')}` }
          : { ...row, period: `p${String(i).padStart(3, '0')}` };
      });
    });
}
