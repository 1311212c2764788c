import { describe, expect, it } from 'vitest';
import { detectAttachmentType } from './file-type';

describe('attachment types by magic bytes', () => {
  it('recognises PDF, JPEG, PNG and UTF-8 text', () => {
    expect(detectAttachmentType(Buffer.from('%PDF-1.7\n...'))).toBe('pdf');
    expect(detectAttachmentType(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]))).toBe('jpeg');
    expect(detectAttachmentType(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe(
      'png',
    );
    expect(detectAttachmentType(Buffer.from('工资条：10 月应发 6,300 元\n', 'utf8'))).toBe('text');
  });
  it('tells a Word file from a spreadsheet and refuses other archives', () => {
    const zip = (names: string) => Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from(names)]);
    expect(detectAttachmentType(zip('[Content_Types].xml word/document.xml'))).toBe('docx');
    expect(detectAttachmentType(zip('[Content_Types].xml xl/workbook.xml'))).toBe('xlsx');
    expect(detectAttachmentType(zip('payload.exe'))).toBeUndefined();
  });
  it('refuses executables, binary data and text in other encodings', () => {
    expect(detectAttachmentType(Buffer.from('MZ\x90\x00\x03', 'latin1'))).toBeUndefined();
    expect(detectAttachmentType(Buffer.from([0xb9, 0xa4, 0xd7, 0xca]))).toBeUndefined(); // GBK bytes of 工资
    expect(detectAttachmentType(Buffer.alloc(0))).toBeUndefined();
  });
});
