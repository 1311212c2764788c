import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  convertMillimetersToTwip,
} from 'docx';
import type { OfficialDocument } from './official-document';

// Sizes in half-points: 二号 22 pt for the title, 三号 16 pt for the body (GB/T 9704).
const titleSize = 44;
const bodySize = 32;
const titleFont = { eastAsia: '方正小标宋简体', ascii: 'SimSun', hAnsi: 'SimSun' };
const bodyFont = { eastAsia: '仿宋_GB2312', ascii: 'FangSong', hAnsi: 'FangSong' };
// 四号 14 pt, half-width Song figures between em dashes: "— 1 —".
const pageNumberSize = 28;
const pageNumberFont = { eastAsia: '宋体', ascii: 'SimSun', hAnsi: 'SimSun' };

/** The page number under the text block on every page, as official documents carry it. */
function pageNumberFooter(): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({
            children: ['— ', PageNumber.CURRENT, ' —'],
            size: pageNumberSize,
            font: pageNumberFont,
          }),
        ],
      }),
    ],
  });
}
const headingFont = { eastAsia: '黑体', ascii: 'SimHei', hAnsi: 'SimHei' };
const red = 'C00000';

const body = (text: string, options: { indent?: boolean; align?: 'right' | 'left' } = {}) =>
  new Paragraph({
    alignment: options.align === 'right' ? AlignmentType.RIGHT : AlignmentType.JUSTIFIED,
    indent: options.indent === false ? undefined : { firstLine: 640 },
    spacing: { line: 560, lineRule: 'exact' },
    children: [new TextRun({ text, font: bodyFont, size: bodySize })],
  });

function table(rows: [string, string][]): Table {
  const cell = (text: string) =>
    new TableCell({
      width: { size: 50, type: WidthType.PERCENTAGE },
      children: [new Paragraph({ children: [new TextRun({ text, font: bodyFont, size: 28 })] })],
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: rows.map(([label, value]) => new TableRow({ children: [cell(label), cell(value)] })),
  });
}

/** The document as a Word file in the official layout. */
export async function renderDocx(doc: OfficialDocument): Promise<Buffer> {
  const children: (Paragraph | Table)[] = [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 240 },
      children: [new TextRun({ text: doc.issuer, font: titleFont, size: 52, bold: true, color: red })],
    }),
  ];
  children.push(
    new Paragraph({
      alignment: AlignmentType.CENTER,
      border: { bottom: { style: BorderStyle.SINGLE, size: 12, color: red, space: 8 } },
      spacing: { after: 480 },
      children: doc.number ? [new TextRun({ text: doc.number, font: bodyFont, size: bodySize })] : [],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 480 },
      children: [new TextRun({ text: doc.title, font: titleFont, size: titleSize, bold: true })],
    }),
  );
  if (doc.recipient) children.push(body(doc.recipient, { indent: false }));
  for (const section of doc.sections) {
    if (section.heading) {
      children.push(
        new Paragraph({
          indent: { firstLine: 640 },
          spacing: { line: 560, lineRule: 'exact' },
          children: [new TextRun({ text: section.heading, font: headingFont, size: bodySize })],
        }),
      );
    }
    for (const text of section.paragraphs) children.push(body(text));
    if (section.rows?.length) children.push(table(section.rows));
  }
  children.push(
    new Paragraph({ spacing: { before: 600 }, children: [] }),
    body(doc.signature, { align: 'right', indent: false }),
    body(doc.date, { align: 'right', indent: false }),
  );
  for (const line of doc.footnotes) children.push(body(line, { indent: false }));
  const document = new Document({
    creator: doc.issuer,
    title: doc.title,
    sections: [
      {
        properties: {
          page: {
            size: { width: convertMillimetersToTwip(210), height: convertMillimetersToTwip(297) },
            margin: {
              top: convertMillimetersToTwip(37),
              bottom: convertMillimetersToTwip(35),
              left: convertMillimetersToTwip(28),
              right: convertMillimetersToTwip(26),
            },
          },
        },
        footers: { default: pageNumberFooter() },
        children,
      },
    ],
  });
  return Packer.toBuffer(document);
}
