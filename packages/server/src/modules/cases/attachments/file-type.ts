/** Files a case may carry, told apart by their first bytes rather than by the name the sender gave them. */
export const attachmentTypes = {
  pdf: 'application/pdf',
  jpeg: 'image/jpeg',
  png: 'image/png',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  text: 'text/plain; charset=utf-8',
} as const;
export type AttachmentType = keyof typeof attachmentTypes;

export const maxAttachmentBytes = 10 * 1024 * 1024;

const startsWith = (bytes: Buffer, signature: number[]) => signature.every((b, i) => bytes[i] === b);

function isPlainText(bytes: Buffer): boolean {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    // Control characters other than tab, line feed, carriage return and form feed mark a binary file.
    for (const char of text) {
      const code = char.charCodeAt(0);
      if (
        (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d) ||
        code === 0x7f
      ) {
        return false;
      }
    }
    return true;
  } catch {
    return false;
  }
}

/** What a file really is, by its magic bytes; `undefined` for anything not accepted. */
export function detectAttachmentType(bytes: Buffer): AttachmentType | undefined {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'pdf';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    // Office files are ZIP archives; their member names (stored uncompressed) tell which kind.
    const names = bytes.toString('latin1');
    if (!names.includes('[Content_Types].xml')) return undefined;
    if (names.includes('word/')) return 'docx';
    if (names.includes('xl/')) return 'xlsx';
    return undefined;
  }
  if (bytes.length > 0 && isPlainText(bytes)) return 'text';
  return undefined;
}
