import type { ImportKind, Language } from '@gigpact/contracts';

interface TemplateColumn {
  field: string;
  zh: string;
  en: string;
  example: string;
}

/**
 * The columns the server's imports accept (their field names and the Chinese headers people use), in the order
 * of the templates offered for download. The server also accepts its field names as headers.
 */
export const importColumns: Record<ImportKind, TemplateColumn[]> = {
  enterprises: [
    { field: 'kind', zh: '类型', en: 'kind', example: '加盟商' },
    { field: 'name', zh: '名称', en: 'name', example: '某某速递青浦赵巷加盟商' },
    { field: 'credit_code', zh: '统一社会信用代码', en: 'credit code', example: '91310118MA1EXAMP01' },
    { field: 'platform', zh: '平台', en: 'platform', example: '极兔速递' },
    { field: 'parent_credit_code', zh: '上级统一社会信用代码', en: 'parent credit code', example: '' },
    { field: 'district', zh: '区', en: 'district', example: '青浦区' },
    { field: 'street', zh: '街镇', en: 'street or town', example: '赵巷镇' },
    { field: 'union_status', zh: '建会状态', en: 'union status', example: '已建会' },
    { field: 'union_founded_on', zh: '建会日期', en: 'union founded on', example: '2026-10-01' },
    { field: 'workers', zh: '从业人数', en: 'workers', example: '35' },
  ],
  members: [
    { field: 'worker_id', zh: '劳动者编号', en: 'worker id', example: 'R-0001' },
    { field: 'platform', zh: '平台', en: 'platform', example: '美团' },
    {
      field: 'enterprise_credit_code',
      zh: '所属企业统一社会信用代码',
      en: 'enterprise credit code',
      example: '',
    },
    { field: 'district', zh: '区', en: 'district', example: '青浦区' },
    { field: 'street', zh: '街镇', en: 'street or town', example: '赵巷镇' },
    { field: 'joined_on', zh: '入会日期', en: 'joined on', example: '2026-11-01' },
  ],
};

/** A cell as CSV writes it: quoted when it holds a comma, a quote or a line break. */
function csvCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * The template: the Chinese headers and one example row, UTF-8 with a byte-order mark so that Excel opens the
 * Chinese correctly, lines ended CRLF as Excel writes them.
 */
export function templateCsv(kind: ImportKind): string {
  const columns = importColumns[kind];
  const lines = [columns.map((c) => c.zh), columns.map((c) => c.example)];
  return `\uFEFF${lines.map((line) => line.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/** How a reported field is named to the user: its header in the template, then the server's field name. */
export function fieldLabel(kind: ImportKind, field: string, language: Language): string {
  const column = importColumns[kind].find((c) => c.field === field);
  if (!column) return field;
  return language === 'en' ? `${column.en} (${column.zh})` : `${column.zh}（${field}）`;
}
