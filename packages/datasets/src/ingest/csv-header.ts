/**
 * Reads the header record of a CSV text (RFC 4180 quoting). Only the header is parsed in JavaScript; the rows
 * are read by DuckDB.
 */
export function parseCsvHeader(text: string, delimiter = ','): string[] {
  const names: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === delimiter) {
      names.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      break;
    } else field += ch;
  }
  names.push(field);
  return names.map((name) => name.replace(/^\uFEFF/, '').trim());
}
