import { z } from 'zod';
import { errorCodes } from '@gigpact/contracts';
import { ApiError } from './api-error';

const bilingual = z.object({ zh: z.string(), en: z.string() });
const errorBodySchema = z.object({
  error: z.object({
    code: z.enum(errorCodes as [string, ...string[]]),
    message: bilingual,
    requestId: z.string().optional(),
    issues: z
      .array(z.object({ path: z.array(z.union([z.string(), z.number()])), zh: z.string(), en: z.string() }))
      .optional(),
  }),
});

const unsafeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  query?: Record<string, string | number | undefined>;
  signal?: AbortSignal;
}

/**
 * The one way the client talks to the server: JSON in and out, the CSRF token of the latest session on every
 * state-changing request, and every failure turned into an `ApiError` with a bilingual message.
 */
export class ApiClient {
  private csrfToken: string | undefined;

  constructor(
    private readonly baseUrl = '',
    private readonly fetchImpl: typeof fetch = (...args) => globalThis.fetch(...args),
  ) {}

  setCsrfToken(token: string | undefined): void {
    this.csrfToken = token;
  }

  async request<T>(path: string, options: RequestOptions = {}): Promise<T> {
    const method = options.method ?? 'GET';
    const headers: Record<string, string> = { accept: 'application/json' };
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    if (unsafeMethods.has(method) && this.csrfToken) headers['x-csrf-token'] = this.csrfToken;

    let response: Response;
    try {
      response = await this.fetchImpl(this.baseUrl + path + queryString(options.query), {
        method,
        headers,
        body: options.body === undefined ? undefined : JSON.stringify(options.body),
        credentials: 'same-origin',
        signal: options.signal,
      });
    } catch (error) {
      if (options.signal?.aborted) throw error;
      throw ApiError.client('NETWORK');
    }

    if (response.status === 204) return undefined as T;
    const payload = await readJson(response);
    if (response.ok) {
      if (payload === undefined) throw ApiError.client('UNEXPECTED_RESPONSE', response.status);
      return payload as T;
    }
    throw toApiError(response.status, payload);
  }
}

function queryString(query: RequestOptions['query']): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** The server's error body (or anything else) as an `ApiError`; also for answers read outside `ApiClient`. */
export function toApiError(status: number, payload: unknown): ApiError {
  const parsed = errorBodySchema.safeParse(payload);
  if (!parsed.success) return ApiError.client('UNEXPECTED_RESPONSE', status);
  const { code, message, requestId, issues } = parsed.data.error;
  return new ApiError({
    status,
    code: code as ApiError['code'],
    messages: message,
    issues: issues ?? [],
    requestId,
  });
}

/** The client the web app uses: same origin, so the session cookie travels along. */
export const api = new ApiClient();
