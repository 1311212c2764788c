/** A clause as the agreement document holds it (see the agreement format). */
export interface Clause {
  id: string;
  title: string;
  title_en?: string;
  text: string;
  text_en?: string;
  rule?: string;
  check?: unknown;
  params?: Record<string, unknown>;
  param_sources?: Record<string, string[]>;
  sources?: string[];
}

export interface DatedValue {
  from: string;
  value: unknown;
}

export function isDated(value: unknown): value is DatedValue[] {
  return (
    Array.isArray(value) &&
    value.every((v) => typeof v === 'object' && v !== null && 'from' in v && 'value' in v)
  );
}

/** A parameter's value as text; a list joined with the reader's list separator ('、' in Chinese, ', ' in English). */
export function formatValue(value: unknown, listSeparator = '、'): string {
  if (Array.isArray(value)) return value.map((v) => formatValue(v, listSeparator)).join(listSeparator);
  if (typeof value === 'object' && value !== null) return JSON.stringify(value);
  return String(value);
}
