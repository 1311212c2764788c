/**
 * The canonical platform datasets (data model v1). This is a contract: ingest validates against it, the rule
 * compiler type-checks expressions against it, the simulator writes it. Column names are the CSV header names.
 */
export const columnTypes = [
  'string',
  'timestamp',
  'date',
  'money',
  'integer',
  'decimal',
  'bool',
  'enum',
] as const;
export type ColumnType = (typeof columnTypes)[number];

export interface ColumnSpec {
  name: string;
  type: ColumnType;
  required: boolean;
  /** Allowed values of an enum column (lower-case words). */
  values?: readonly string[];
  /** Inclusive bounds of a numeric column. */
  min?: number;
  max?: number;
  /** Pattern a string column must match, e.g. `YYYY-MM` periods. */
  pattern?: string;
  /** The row's unique id within the dataset (or within its platform). */
  key?: boolean;
  zh: string;
  en: string;
}

export const datasetKinds = [
  'delivery_orders',
  'parcel_deliveries',
  'courier_payroll',
  'ride_trips',
  'freight_orders',
  'weather_alerts',
  'workers',
] as const;
export type DatasetKind = (typeof datasetKinds)[number];

export interface DatasetSpec {
  kind: DatasetKind;
  zh: string;
  en: string;
  columns: readonly ColumnSpec[];
  /** The column that places a row in a day, week and month. */
  timeColumn?: string;
  /** The column naming the worker the row belongs to. */
  workerColumn?: string;
}

const col = (
  name: string,
  type: ColumnType,
  required: boolean,
  zh: string,
  en: string,
  extra: Partial<ColumnSpec> = {},
): ColumnSpec => ({ name, type, required, zh, en, ...extra });

const districtColumn = col('district', 'string', false, '行政区', 'administrative district');

export const canonicalDatasets: Record<DatasetKind, DatasetSpec> = {
  delivery_orders: {
    kind: 'delivery_orders',
    zh: '外卖 / 即时配送订单',
    en: 'Food-delivery orders',
    timeColumn: 'accepted_at',
    workerColumn: 'rider_id',
    columns: [
      col('order_id', 'string', true, '订单号', 'order id', { key: true }),
      col('platform', 'string', true, '平台', 'platform code'),
      col('rider_id', 'string', true, '骑手（假名化）', 'rider (pseudonymous)'),
      col('rider_type', 'enum', false, '骑手类型', 'rider type', { values: ['dedicated', 'crowd'] }),
      col('partner_id', 'string', false, '服务商', 'labour partner or station'),
      districtColumn,
      col('created_at', 'timestamp', true, '下单时间', 'customer placed the order'),
      col('accepted_at', 'timestamp', true, '接单时间', 'rider accepted or was assigned'),
      col('arrived_merchant_at', 'timestamp', false, '到店时间', 'rider reached the merchant'),
      col('merchant_ready_at', 'timestamp', false, '出餐时间', 'food ready for pickup'),
      col('picked_up_at', 'timestamp', false, '取餐时间', 'picked up'),
      col('delivered_at', 'timestamp', false, '送达时间', 'delivered (empty when cancelled)'),
      col('promised_at', 'timestamp', true, '预估送达时间', 'deadline the platform gave the rider'),
      col('distance_m', 'integer', true, '配送距离（米）', 'route distance merchant → customer (m)', {
        min: 0,
      }),
      col('status', 'enum', true, '订单状态', 'status', { values: ['delivered', 'cancelled'] }),
      col('pay', 'money', true, '骑手收入', "rider's income for the order", { min: 0 }),
      col('subsidy', 'money', false, '补贴', 'subsidy part of pay', { min: 0 }),
      col('penalty', 'money', false, '扣款', 'money deducted for the order', { min: 0 }),
      col('penalty_reason', 'enum', false, '扣款原因', 'penalty reason', {
        values: ['late', 'bad_review', 'cancel', 'other'],
      }),
      col('delay_reason', 'enum', false, '超时原因', 'accepted cause of lateness', {
        values: ['weather', 'merchant', 'customer', 'traffic_control', 'access', 'vehicle', 'other'],
      }),
      col(
        'fee_shown_before_accept',
        'bool',
        false,
        '接单前展示费用构成',
        'fee breakdown shown before acceptance',
      ),
      col('weather_alert_level', 'integer', false, '气象预警等级', 'weather alert level 0–4', {
        min: 0,
        max: 4,
      }),
    ],
  },
  parcel_deliveries: {
    kind: 'parcel_deliveries',
    zh: '快递派件',
    en: 'Parcel deliveries',
    timeColumn: 'delivered_at',
    workerColumn: 'courier_id',
    columns: [
      col('parcel_id', 'string', true, '运单号', 'parcel id', { key: true }),
      col('company', 'string', true, '快递品牌', 'express brand'),
      col('franchisee_id', 'string', true, '加盟商', 'franchisee'),
      col('outlet_id', 'string', false, '网点', 'outlet'),
      col('courier_id', 'string', true, '快递员（假名化）', 'courier (pseudonymous)'),
      districtColumn,
      col('delivered_at', 'timestamp', true, '派送时间', 'delivered'),
      col('hq_fee', 'money', true, '总部派费', 'per-piece fee paid by headquarters', { min: 0 }),
      col('franchisee_cost', 'money', false, '加盟商单件成本', "franchisee's per-piece cost", { min: 0 }),
      col('courier_fee', 'money', true, '快递员派费', 'paid to the courier for this piece', { min: 0 }),
      col('paid_direct', 'bool', false, '派费直达', 'paid straight to the courier'),
    ],
  },
  courier_payroll: {
    kind: 'courier_payroll',
    zh: '快递员工资发放',
    en: 'Courier payroll',
    workerColumn: 'courier_id',
    columns: [
      col('franchisee_id', 'string', true, '加盟商', 'franchisee'),
      col('courier_id', 'string', true, '快递员（假名化）', 'courier (pseudonymous)'),
      col('period', 'string', true, '工资所属期', 'pay period', { pattern: '^\\d{4}-(0[1-9]|1[0-2])$' }),
      col('amount_due', 'money', true, '应发金额', 'amount due', { min: 0 }),
      col('amount_paid', 'money', true, '已发金额', 'amount paid so far', { min: 0 }),
      col('due_date', 'date', true, '应发日期', 'due date'),
      col('paid_at', 'timestamp', false, '发放时间', 'last payment made'),
    ],
  },
  ride_trips: {
    kind: 'ride_trips',
    zh: '网约车订单',
    en: 'Ride-hailing trips',
    timeColumn: 'pickup_at',
    workerColumn: 'driver_id',
    columns: [
      col('trip_id', 'string', true, '订单号', 'trip id', { key: true }),
      col('platform', 'string', true, '平台', 'platform code'),
      col('driver_id', 'string', true, '司机（假名化）', 'driver (pseudonymous)'),
      districtColumn,
      col('requested_at', 'timestamp', false, '叫车时间', 'requested'),
      col('accepted_at', 'timestamp', false, '接单时间', 'driver accepted'),
      col('pickup_at', 'timestamp', true, '上车时间', 'billing starts'),
      col('dropoff_at', 'timestamp', true, '下车时间', 'billing ends'),
      col('distance_km', 'decimal', false, '里程（公里）', 'distance (km)', { min: 0 }),
      col('passenger_paid', 'money', false, '乘客支付', 'total the passenger paid', { min: 0 }),
      col('platform_coupon', 'money', false, '平台优惠券', 'discount funded by the platform', { min: 0 }),
      col('driver_income', 'money', true, '司机收入', "driver's pay excluding tips", { min: 0 }),
      col('tips', 'money', false, '小费', 'tips', { min: 0 }),
      col('refund', 'money', false, '抽成返还', 'commission refunded to the driver', { min: 0 }),
      col('bill_shown', 'bool', false, '账单已展示', 'bill showed price, income and rate'),
      col('shown_commission_rate', 'decimal', false, '账单抽成比例', 'commission rate shown on the bill', {
        min: 0,
        max: 1,
      }),
    ],
  },
  freight_orders: {
    kind: 'freight_orders',
    zh: '货运订单',
    en: 'Freight orders',
    timeColumn: 'completed_at',
    workerColumn: 'driver_id',
    columns: [
      col('order_id', 'string', true, '订单号', 'order id', { key: true }),
      col('platform', 'string', true, '平台', 'platform code'),
      col('driver_id', 'string', true, '司机（假名化）', 'driver (pseudonymous)'),
      districtColumn,
      col('completed_at', 'timestamp', true, '完成时间', 'completed'),
      col('order_amount', 'money', true, '运费', 'freight charged to the shipper', { min: 0 }),
      col('commission', 'money', true, '平台抽佣', "platform's take", { min: 0 }),
      col('peak_fee', 'money', false, '高峰服务费', 'peak fee', { min: 0 }),
      col('customer_paid_at', 'timestamp', false, '货主付款时间', 'shipper paid'),
      col('driver_paid_at', 'timestamp', false, '司机收款时间', 'driver received the freight'),
      col('advanced_at', 'timestamp', false, '平台垫付时间', 'platform advanced the freight'),
    ],
  },
  weather_alerts: {
    kind: 'weather_alerts',
    zh: '气象预警',
    en: 'Weather alerts',
    timeColumn: 'starts_at',
    columns: [
      col('district', 'string', true, '行政区', 'district'),
      col('kind', 'enum', true, '预警类型', 'alert kind', {
        values: ['rainstorm', 'typhoon', 'heat', 'cold', 'snow', 'fog', 'wind', 'other'],
      }),
      col('level', 'integer', true, '预警等级', 'level 1 blue – 4 red', { min: 1, max: 4 }),
      col('starts_at', 'timestamp', true, '开始时间', 'starts'),
      col('ends_at', 'timestamp', true, '结束时间', 'ends'),
    ],
  },
  workers: {
    kind: 'workers',
    zh: '劳动者名册',
    en: 'Worker roster',
    workerColumn: 'worker_id',
    columns: [
      col('worker_id', 'string', true, '劳动者（假名化）', 'worker (pseudonymous)', { key: true }),
      col('platform', 'string', true, '平台', 'platform code'),
      col('kind', 'enum', true, '职业', 'kind of work', {
        values: ['rider', 'courier', 'ride_driver', 'freight_driver'],
      }),
      col('employment', 'enum', false, '用工形式', 'employment form', {
        values: ['employee', 'dedicated', 'crowd', 'franchise', 'contractor'],
      }),
      districtColumn,
      col('union_member', 'bool', false, '工会会员', 'union member'),
      col('union_joined_at', 'date', false, '入会日期', 'joined the union'),
      col('social_insurance', 'bool', false, '参加社保', 'covered by social insurance'),
    ],
  },
};

export function columnOf(kind: DatasetKind, name: string): ColumnSpec | undefined {
  return canonicalDatasets[kind].columns.find((c) => c.name === name);
}

/** The industries agreements are negotiated in, and the datasets each one's rules read. */
export const industries = ['food_delivery', 'express', 'ride_hailing', 'freight'] as const;
export type Industry = (typeof industries)[number];

export const datasetsByIndustry: Record<Industry, readonly DatasetKind[]> = {
  food_delivery: ['delivery_orders', 'weather_alerts'],
  express: ['parcel_deliveries', 'courier_payroll'],
  ride_hailing: ['ride_trips'],
  freight: ['freight_orders'],
};
