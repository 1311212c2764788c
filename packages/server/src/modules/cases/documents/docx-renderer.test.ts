import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { renderDocx } from './docx-renderer';
import type { OfficialDocument } from './official-document';

const letter: OfficialDocument = {
  issuer: '上海市青浦区总工会',
  number: '沪青工劳监意〔2026〕3号',
  title: '关于维护快递员劳动报酬权益的意见书',
  recipient: '上海某某快递有限公司：',
  sections: [{ heading: null, paragraphs: ['经核查，贵单位存在拖欠快递员劳动报酬的情形。'] }],
  signature: '上海市青浦区总工会',
  date: '2026年11月28日',
  footnotes: [],
};

async function partsOf(bytes: Buffer): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = new Map<string, string>();
  for (const name of Object.keys(zip.files)) {
    if (/\.(xml|rels)$/.test(name)) parts.set(name, await zip.file(name)!.async('string'));
  }
  return parts;
}

describe('official documents as DOCX', () => {
  it('carries the page number between dashes in a footer every page uses', async () => {
    const parts = await partsOf(await renderDocx(letter));
    const footers = [...parts].filter(([name]) => /^word\/footer\d*\.xml$/.test(name));
    expect(footers).toHaveLength(1);
    const [footerName, footer] = footers[0]!;
    expect(footer).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/);
    expect(footer).toContain('— ');
    expect(footer).toContain(' —');
    expect(footer).toContain('w:val="center"');
    const relationships = parts.get('word/_rels/document.xml.rels')!;
    const id = new RegExp(`Id="(\\w+)"[^>]*Target="${footerName.replace('word/', '')}"`).exec(
      relationships,
    )?.[1];
    expect(parts.get('word/document.xml')).toContain(`<w:footerReference w:type="default" r:id="${id}"/>`);
  });

  it('keeps the body, title and number in the document', async () => {
    const body = (await partsOf(await renderDocx(letter))).get('word/document.xml')!;
    for (const text of [letter.title, letter.number!, '拖欠快递员劳动报酬']) expect(body).toContain(text);
  });
});
