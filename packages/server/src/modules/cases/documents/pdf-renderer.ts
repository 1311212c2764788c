import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import type { OfficialDocument } from './official-document';

const escape = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

/** The document as a printable page in the official layout (GB/T 9704 margins and type sizes). */
export function documentHtml(doc: OfficialDocument): string {
  const sections = doc.sections
    .map((s) => {
      const heading = s.heading ? `<p class="heading">${escape(s.heading)}</p>` : '';
      const paragraphs = s.paragraphs.map((p) => `<p>${escape(p)}</p>`).join('');
      const rows = s.rows?.length
        ? `<table>${s.rows.map(([l, v]) => `<tr><td>${escape(l)}</td><td>${escape(v)}</td></tr>`).join('')}</table>`
        : '';
      return heading + paragraphs + rows;
    })
    .join('');
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${escape(doc.title)}</title><style>
@page { size: A4; margin: 37mm 26mm 35mm 28mm; }
body { font-family: "FangSong", "FangSong_GB2312", "STFangsong", "Noto Serif CJK SC", "WenQuanYi Micro Hei", serif;
  font-size: 16pt; line-height: 28pt; color: #000; margin: 0; }
.issuer { color: #c00000; font-size: 26pt; font-weight: bold; text-align: center; letter-spacing: 2pt;
  font-family: "FZXiaoBiaoSong-B05S", "SimSun", "Noto Serif CJK SC", "WenQuanYi Micro Hei", serif; margin: 0 0 10pt; }
.number { text-align: center; margin: 0; min-height: 28pt; }
.rule { border: 0; border-top: 2pt solid #c00000; margin: 6pt 0 24pt; }
h1 { font-size: 22pt; line-height: 32pt; text-align: center; font-weight: bold; margin: 0 0 24pt; text-wrap: balance;
  font-family: "FZXiaoBiaoSong-B05S", "SimSun", "Noto Serif CJK SC", "WenQuanYi Micro Hei", serif; }
p { margin: 0; text-indent: 2em; text-align: justify; }
p.recipient, p.plain { text-indent: 0; }
p.heading { font-family: "SimHei", "Noto Sans CJK SC", "WenQuanYi Micro Hei", sans-serif; }
table { width: 100%; border-collapse: collapse; margin: 6pt 0 12pt; font-size: 14pt; }
td { border: 1px solid #000; padding: 2pt 6pt; }
.signature { text-align: right; text-indent: 0; margin-top: 36pt; padding-right: 2em; }
.date { text-align: right; text-indent: 0; padding-right: 2em; }
</style></head><body>
<p class="issuer plain">${escape(doc.issuer)}</p>
<p class="number plain">${doc.number ? escape(doc.number) : ''}</p>
<hr class="rule">
<h1>${escape(doc.title)}</h1>
${doc.recipient ? `<p class="recipient">${escape(doc.recipient)}</p>` : ''}
${sections}
<p class="signature">${escape(doc.signature)}</p>
<p class="date">${escape(doc.date)}</p>
${doc.footnotes.map((f) => `<p class="plain">${escape(f)}</p>`).join('')}
</body></html>`;
}

const chromiumPath = process.env.GIGPACT_CHROMIUM ?? '/usr/bin/chromium';

/** Whether this machine can print PDFs (Debian's Chromium is installed). */
export function canRenderPdf(): boolean {
  return existsSync(chromiumPath);
}

/** "— 1 —" in 四号 (14 pt) half-width figures, centred in the bottom margin of every page. */
export const pageNumberTemplate =
  '<div style="width:100%;text-align:center;font-size:14pt;font-family:SimSun,serif;color:#000">' +
  '— <span class="pageNumber"></span> —</div>';

/**
 * Prints the document to PDF with the system's Chromium, headless, with every network request refused; the
 * browser is closed whatever happens.
 */
export async function renderPdf(doc: OfficialDocument): Promise<Buffer> {
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  try {
    const page = await browser.newPage();
    await page.route('**/*', (route) => route.abort());
    await page.setContent(documentHtml(doc), { waitUntil: 'load' });
    return await page.pdf({
      format: 'A4',
      printBackground: true,
      preferCSSPageSize: true,
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate: pageNumberTemplate,
    });
  } finally {
    await browser.close();
  }
}
