import type { z } from 'zod';
import type { attachmentView } from '@gigpact/contracts';
import { ApiError } from '../../../api/api-error';
import { toApiError } from '../../../api/client';
import { attachmentUploadPath } from '../api';

export type Attachment = z.infer<typeof attachmentView>;

/** Photos (JPEG, PNG) and PDFs from a phone, and the documents an office files: what the server accepts. */
export const attachmentAccept = 'image/jpeg,image/png,application/pdf,.docx,.xlsx,.txt';
export const maxAttachmentBytes = 10 * 1024 * 1024;

/**
 * Sends one file to a case as the raw request body, reporting progress (0–100) as it goes. `fetch` cannot report
 * upload progress, so this one call uses XMLHttpRequest; its failures are the same bilingual `ApiError`s.
 */
export function uploadAttachment(
  caseId: string,
  file: File,
  csrfToken: string | undefined,
  onProgress: (percent: number) => void,
): Promise<Attachment> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    const query = new URLSearchParams({ fileName: file.name });
    xhr.open('POST', `${attachmentUploadPath(caseId)}?${query.toString()}`);
    xhr.setRequestHeader('content-type', 'application/octet-stream');
    xhr.setRequestHeader('accept', 'application/json');
    if (csrfToken) xhr.setRequestHeader('x-csrf-token', csrfToken);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(Math.round((event.loaded / event.total) * 100));
    };
    xhr.onerror = () => reject(ApiError.client('NETWORK'));
    xhr.onload = () => {
      let payload: unknown;
      try {
        payload = JSON.parse(xhr.responseText) as unknown;
      } catch {
        payload = undefined;
      }
      if (xhr.status >= 200 && xhr.status < 300 && payload) resolve(payload as Attachment);
      else reject(toApiError(xhr.status, payload));
    };
    xhr.send(file);
  });
}
