import { ApiClient, type RequestOptions } from './client';

/**
 * Sends a file as the raw request body (`application/octet-stream`) and reads the JSON answer. It goes through an
 * `ApiClient` whose fetch swaps the body for the file, so the query string, the CSRF header and the bilingual
 * errors are exactly those of every other call.
 */
export function uploadFile<T>(
  path: string,
  file: Blob,
  csrfToken: string | undefined,
  query?: RequestOptions['query'],
  baseUrl = '',
): Promise<T> {
  const client = new ApiClient(baseUrl, (input, init) =>
    globalThis.fetch(input, {
      ...init,
      headers: { ...(init?.headers as Record<string, string>), 'content-type': 'application/octet-stream' },
      body: file,
    }),
  );
  client.setCsrfToken(csrfToken);
  return client.request<T>(path, { method: 'POST', query });
}

/**
 * Fetches a file the server produces (an export) and hands it to the browser as a download. A refusal arrives
 * as the usual error body and is thrown as an `ApiError` like any other call's.
 */
export async function downloadFile(
  path: string,
  fileName: string,
  query?: RequestOptions['query'],
): Promise<void> {
  let blob: Blob | undefined;
  const client = new ApiClient('', async (input, init) => {
    const response = await globalThis.fetch(input, { ...init, headers: { accept: '*/*' } });
    if (!response.ok) return response;
    blob = await response.blob();
    // Tell the JSON reader there is nothing more to read: the file is kept aside.
    return new Response(null, { status: 204 });
  });
  await client.request<void>(path, { query });
  if (blob) saveBlob(blob, fileName);
}

/** Offers bytes made in the page (a template) or fetched (an export) as a file to save. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
