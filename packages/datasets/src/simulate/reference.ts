import type { Industry } from '@gigpact/contracts';

/** Shanghai's 16 districts (GB/T 2260) with a rough share of platform demand. */
export const shanghaiDistricts = [
  { code: '310101', name: '黄浦区', weight: 6 },
  { code: '310104', name: '徐汇区', weight: 8 },
  { code: '310105', name: '长宁区', weight: 6 },
  { code: '310106', name: '静安区', weight: 7 },
  { code: '310107', name: '普陀区', weight: 7 },
  { code: '310109', name: '虹口区', weight: 5 },
  { code: '310110', name: '杨浦区', weight: 7 },
  { code: '310112', name: '闵行区', weight: 10 },
  { code: '310113', name: '宝山区', weight: 7 },
  { code: '310114', name: '嘉定区', weight: 5 },
  { code: '310115', name: '浦东新区', weight: 16 },
  { code: '310116', name: '金山区', weight: 2 },
  { code: '310117', name: '松江区', weight: 6 },
  { code: '310118', name: '青浦区', weight: 3 },
  { code: '310120', name: '奉贤区', weight: 3 },
  { code: '310151', name: '崇明区', weight: 2 },
] as const;

/** Platforms per industry with their share of workers. */
export const platformsByIndustry: Record<Industry, readonly { code: string; share: number }[]> = {
  food_delivery: [
    { code: 'meituan', share: 0.5 },
    { code: 'eleme', share: 0.4 },
    { code: 'jd', share: 0.1 },
  ],
  express: [
    { code: 'jt', share: 0.25 },
    { code: 'yto', share: 0.25 },
    { code: 'zto', share: 0.3 },
    { code: 'sto', share: 0.2 },
  ],
  ride_hailing: [
    { code: 'didi', share: 0.7 },
    { code: 't3', share: 0.2 },
    { code: 'caocao', share: 0.1 },
  ],
  freight: [
    { code: 'huolala', share: 0.5 },
    { code: 'didi_freight', share: 0.3 },
    { code: 'fta', share: 0.2 },
  ],
};

/** SQL VALUES list of the districts: (idx, code, name, cumulative weight start, end) for weighted picks. */
export function districtTableSql(): string {
  const total = shanghaiDistricts.reduce((s, d) => s + d.weight, 0);
  let acc = 0;
  const rows = shanghaiDistricts.map((d, i) => {
    const lo = acc / total;
    acc += d.weight;
    return `(${i}, '${d.code}', '${d.name}', ${lo}, ${acc / total})`;
  });
  return `CREATE TABLE districts AS SELECT * FROM (VALUES ${rows.join(', ')}) t(idx, code, name, lo, hi)`;
}

/** Worker-population SQL table for one industry: (platform, first index, count). */
export function platformTableSql(industry: Industry, workers: number): string {
  let start = 0;
  const rows = platformsByIndustry[industry].map((p, i, all) => {
    const count = i === all.length - 1 ? workers - start : Math.max(1, Math.round(workers * p.share));
    const row = `('${p.code}', ${start}, ${count})`;
    start += count;
    return row;
  });
  return `(VALUES ${rows.join(', ')}) p(platform, first, n)`;
}
