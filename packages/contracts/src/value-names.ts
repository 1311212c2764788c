import { canonicalDatasets, type DatasetKind } from './canonical';
import { roundedDecimal } from './money';

type Name = { zh: string; en: string };

/**
 * The values of the canonical datasets' enum columns in words, for readers (`crowd` → 众包 / crowd-sourced), by
 * column: the two `kind` columns (a weather alert's, a worker's) hold different values, named here together.
 */
const riderTypes: Record<string, Name> = {
  dedicated: { zh: '专送', en: 'dedicated' },
  crowd: { zh: '众包', en: 'crowd-sourced' },
};

export const enumValueNames: Record<string, Record<string, Name>> = {
  rider_type: riderTypes,
  status: { delivered: { zh: '已送达', en: 'delivered' }, cancelled: { zh: '已取消', en: 'cancelled' } },
  penalty_reason: {
    late: { zh: '超时', en: 'late' },
    bad_review: { zh: '差评', en: 'bad review' },
    cancel: { zh: '取消订单', en: 'cancellation' },
    other: { zh: '其他', en: 'other' },
  },
  delay_reason: {
    weather: { zh: '恶劣天气', en: 'weather' },
    merchant: { zh: '商家出餐慢', en: 'slow merchant' },
    customer: { zh: '顾客原因', en: 'customer' },
    traffic_control: { zh: '交通管制', en: 'traffic control' },
    access: { zh: '无法进入小区或楼宇', en: 'no access to the building' },
    vehicle: { zh: '车辆故障', en: 'vehicle breakdown' },
    other: { zh: '其他', en: 'other' },
  },
  kind: {
    rainstorm: { zh: '暴雨', en: 'rainstorm' },
    typhoon: { zh: '台风', en: 'typhoon' },
    heat: { zh: '高温', en: 'heat' },
    cold: { zh: '寒潮', en: 'cold wave' },
    snow: { zh: '暴雪', en: 'snow' },
    fog: { zh: '大雾', en: 'fog' },
    wind: { zh: '大风', en: 'wind' },
    other: { zh: '其他', en: 'other' },
    rider: { zh: '外卖骑手', en: 'delivery rider' },
    courier: { zh: '快递员', en: 'courier' },
    ride_driver: { zh: '网约车司机', en: 'ride-hailing driver' },
    freight_driver: { zh: '货车司机', en: 'freight driver' },
  },
  employment: {
    employee: { zh: '劳动合同', en: 'employee' },
    ...riderTypes,
    franchise: { zh: '加盟', en: 'franchise' },
    contractor: { zh: '承揽', en: 'contractor' },
  },
};

const yesNo: Record<string, Name> = { true: { zh: '是', en: 'yes' }, false: { zh: '否', en: 'no' } };

/**
 * A stored value of a dataset's column as a reader reads it: an enum value in words, a yes/no in words, an amount
 * without trailing zeros (`24.2000` → `24.2`); other values, and values or kinds the data model does not name, as
 * stored.
 */
export function cellText(kind: string, column: string, value: string, language: 'zh' | 'en'): string {
  const spec = canonicalDatasets[kind as DatasetKind]?.columns.find((c) => c.name === column);
  if (!spec) return value;
  if (spec.type === 'enum') return enumValueNames[column]?.[value]?.[language] ?? value;
  if (spec.type === 'bool') return yesNo[value]?.[language] ?? value;
  if (spec.type === 'money') return roundedDecimal(value, 12, false) ?? value;
  return value;
}
