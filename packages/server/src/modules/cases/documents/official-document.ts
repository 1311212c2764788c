/**
 * An official document (公文) as data, rendered to DOCX and PDF by the two renderers beside this file in the
 * layout of GB/T 9704: the issuing office in red over a red rule, the document number, a bold title, the
 * recipient, the body, then the signature and the date.
 */
export interface OfficialDocument {
  /** 发文机关标志, e.g. 上海市青浦区总工会. */
  issuer: string;
  /** 发文字号, e.g. 沪青工劳监意〔2026〕3号; none for agreements and reports. */
  number: string | null;
  title: string;
  /** 主送机关, e.g. 上海某某快递有限公司：. */
  recipient: string | null;
  sections: DocumentSection[];
  /** 署名, and the date written out: 2026年11月28日. */
  signature: string;
  date: string;
  /** Lines after the signature: 抄送, contacts. */
  footnotes: string[];
}

export interface DocumentSection {
  heading: string | null;
  paragraphs: string[];
  /** A table of label/value rows (figures of a campaign, amounts of an agreement). */
  rows?: [string, string][];
}

/** 2026-11-28 → 2026年11月28日, as GB/T 9704 writes the date of a document. */
export function writtenDate(isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return `${y}年${m}月${d}日`;
}
