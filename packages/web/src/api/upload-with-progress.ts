import { ApiClient, type RequestOptions } from './client';

export interface UploadProgress {
  loaded: number;
  total: number;
}

/**
 * Sends a file as the raw request body like `uploadFile`, but over XMLHttpRequest, whose upload reports progress
 * (fetch's does not). The request goes through an `ApiClient`, so the CSRF header, the query string and the
 * bilingual errors are those of every other call; aborting `signal` cancels the upload.
 */
export function uploadWithProgress<T>(
  path: string,
  file: Blob,
  csrfToken: string | undefined,
  options: {
    query?: RequestOptions['query'];
    onProgress?: (p: UploadProgress) => void;
    signal?: AbortSignal;
  },
): Promise<T> {
  const client = new ApiClient(
    '',
    (input, init) =>
      new Promise<Response>((resolve, reject) => {
        const xhr = new XMLHttpRequest();
        xhr.open('POST', typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
        for (const [name, value] of Object.entries((init?.headers ?? {}) as Record<string, string>))
          xhr.setRequestHeader(name, value);
        xhr.setRequestHeader('content-type', 'application/octet-stream');
        xhr.upload.onprogress = (event) =>
          options.onProgress?.({
            loaded: event.loaded,
            total: event.lengthComputable ? event.total : file.size,
          });
        xhr.onload = () =>
          resolve(
            new Response(xhr.status === 204 ? null : xhr.responseText, {
              status: xhr.status,
              headers: { 'content-type': xhr.getResponseHeader('content-type') ?? 'application/json' },
            }),
          );
        xhr.onerror = () => reject(new TypeError('network error'));
        xhr.onabort = () => reject(new DOMException('The upload was cancelled', 'AbortError'));
        if (options.signal?.aborted) return xhr.abort();
        options.signal?.addEventListener('abort', () => xhr.abort(), { once: true });
        xhr.send(file);
      }),
  );
  client.setCsrfToken(csrfToken);
  return client.request<T>(path, { method: 'POST', query: options.query, signal: options.signal });
}
