/**
 * A schematic tile map of Shanghai's 16 districts: one square each, placed roughly where the district lies
 * (column 0 = west, row 0 = north). License-free; a deployment may supply real GeoJSON shapes instead.
 */
export const shanghaiDistrictTiles: readonly { code: string; column: number; row: number }[] = [
  { code: '310151', column: 5, row: 0 }, // 崇明
  { code: '310113', column: 4, row: 1 }, // 宝山
  { code: '310114', column: 1, row: 1 }, // 嘉定
  { code: '310107', column: 2, row: 2 }, // 普陀
  { code: '310106', column: 3, row: 2 }, // 静安
  { code: '310109', column: 4, row: 2 }, // 虹口
  { code: '310110', column: 5, row: 2 }, // 杨浦
  { code: '310118', column: 0, row: 3 }, // 青浦
  { code: '310105', column: 1, row: 3 }, // 长宁
  { code: '310104', column: 2, row: 3 }, // 徐汇
  { code: '310101', column: 3, row: 3 }, // 黄浦
  { code: '310115', column: 4, row: 3 }, // 浦东新区
  { code: '310117', column: 1, row: 4 }, // 松江
  { code: '310112', column: 2, row: 4 }, // 闵行
  { code: '310116', column: 1, row: 5 }, // 金山
  { code: '310120', column: 3, row: 5 }, // 奉贤
];
