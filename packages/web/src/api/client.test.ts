import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from './client';
import { ApiError, errorMessage } from './api-error';

interface Seen {
  method: string;
  url: string;
  csrf: string | undefined;
  body: string;
}

// A real HTTP server answering the way the Gigpact API does, so the client's parsing is tested over the wire.
const seen: Seen[] = [];
let server: Server;
let baseUrl: string;

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

beforeAll(async () => {
  server = createServer(async (request, response) => {
    const body = await readBody(request);
    const csrf = request.headers['x-csrf-token'];
    seen.push({
      method: request.method ?? '',
      url: request.url ?? '',
      csrf: csrf as string | undefined,
      body,
    });
    const send = (status: number, payload?: unknown, raw?: string) => {
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(raw ?? (payload === undefined ? '' : JSON.stringify(payload)));
    };
    if (request.url?.startsWith('/ok')) return send(200, { status: 'ok' });
    if (request.url === '/gone') return send(204);
    if (request.url === '/invalid') {
      return send(400, {
        error: {
          code: 'VALIDATION_FAILED',
          message: { zh: '提交的数据不符合要求', en: 'The submitted data is not valid' },
          requestId: 'req-7',
          issues: [{ path: ['username'], zh: '用户名已存在', en: 'The user name is taken' }],
        },
      });
    }
    if (request.url === '/html') return send(502, undefined, '<html>Bad gateway</html>');
    if (request.url === '/empty-success') return send(200, undefined, '');
    return send(404, {
      error: { code: 'ROUTE_NOT_FOUND', message: { zh: '没有这个接口', en: 'No such endpoint' } },
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

describe('ApiClient', () => {
  it('returns the JSON body of a successful answer and encodes the query', async () => {
    const client = new ApiClient(baseUrl);
    await expect(client.request('/ok', { query: { page: 2, q: '青浦', empty: '' } })).resolves.toEqual({
      status: 'ok',
    });
    expect(seen.at(-1)?.url).toBe('/ok?page=2&q=%E9%9D%92%E6%B5%A6');
  });

  it('sends the CSRF token on state-changing requests only', async () => {
    const client = new ApiClient(baseUrl);
    client.setCsrfToken('token-1');
    await client.request('/ok');
    expect(seen.at(-1)?.csrf).toBeUndefined();
    await client.request('/ok', { method: 'PUT', body: { language: 'en' } });
    expect(seen.at(-1)).toMatchObject({ method: 'PUT', csrf: 'token-1', body: '{"language":"en"}' });
    await expect(client.request('/gone', { method: 'DELETE' })).resolves.toBeUndefined();
    expect(seen.at(-1)?.csrf).toBe('token-1');
  });

  it('turns an error body into a typed, bilingual error with field issues', async () => {
    const client = new ApiClient(baseUrl);
    const error = await client.request('/invalid', { method: 'POST', body: {} }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    const apiError = error as ApiError;
    expect(apiError).toMatchObject({ status: 400, code: 'VALIDATION_FAILED', requestId: 'req-7' });
    expect(apiError.messageIn('zh')).toBe('提交的数据不符合要求');
    expect(apiError.messageIn('en')).toBe('The submitted data is not valid');
    expect(apiError.issues).toEqual([
      { path: ['username'], zh: '用户名已存在', en: 'The user name is taken' },
    ]);
  });

  it('reports a body that is not a Gigpact error as an unexpected response', async () => {
    const client = new ApiClient(baseUrl);
    const error = (await client.request('/html').catch((e: unknown) => e)) as ApiError;
    expect(error).toMatchObject({ status: 502, code: 'UNEXPECTED_RESPONSE' });
    expect(errorMessage(error, 'zh')).toBe('服务器返回了无法识别的响应');
    const empty = (await client.request('/empty-success').catch((e: unknown) => e)) as ApiError;
    expect(empty.code).toBe('UNEXPECTED_RESPONSE');
  });

  it('reports an unreachable server as a network error', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const error = (await new ApiClient(`http://127.0.0.1:${port}`)
      .request('/ok')
      .catch((e: unknown) => e)) as ApiError;
    expect(error).toMatchObject({ status: 0, code: 'NETWORK' });
    expect(error.messageIn('en')).toBe('Cannot reach the server: check the network and try again');
  });
});
