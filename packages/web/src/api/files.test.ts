import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from './api-error';
import { uploadFile } from './files';

interface Seen {
  url: string;
  contentType: string | undefined;
  csrf: string | undefined;
  body: Buffer;
}

// A real HTTP server standing in for the import endpoint: the upload is checked as it arrives over the wire.
const seen: Seen[] = [];
let server: Server;
let baseUrl: string;

beforeAll(async () => {
  server = createServer(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    seen.push({
      url: request.url ?? '',
      contentType: request.headers['content-type'],
      csrf: request.headers['x-csrf-token'] as string | undefined,
      body,
    });
    response.writeHead(body.length > 0 ? 200 : 400, { 'content-type': 'application/json' });
    response.end(
      JSON.stringify(
        body.length > 0
          ? { rows: 1, imported: 1 }
          : {
              error: {
                code: 'VALIDATION_FAILED',
                message: { zh: '提交的数据不符合要求', en: 'The submitted data is not valid' },
                issues: [{ path: ['file'], zh: '没有收到文件', en: 'no file received' }],
              },
            },
      ),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('uploading a file', () => {
  it('sends the bytes unchanged as octet-stream, with the CSRF token and the query', async () => {
    const bytes = Buffer.from('\uFEFF类型,名称\r\n加盟商,测试\r\n', 'utf8');
    const answer = await uploadFile<{ rows: number }>(
      '/api/registry/imports/enterprises',
      new Blob([bytes]),
      'token-1',
      { fileName: '名录.csv', dryRun: 'true' },
      baseUrl,
    );
    expect(answer).toEqual({ rows: 1, imported: 1 });
    const request = seen.at(-1)!;
    expect(request.contentType).toBe('application/octet-stream');
    expect(request.csrf).toBe('token-1');
    expect(request.body.equals(bytes)).toBe(true);
    const url = new URL(request.url, baseUrl);
    expect(url.pathname).toBe('/api/registry/imports/enterprises');
    expect(url.searchParams.get('fileName')).toBe('名录.csv');
    expect(url.searchParams.get('dryRun')).toBe('true');
  });

  it("turns the server's refusal into an ApiError with its field issues", async () => {
    const failure = await uploadFile(
      '/api/registry/imports/enterprises',
      new Blob([]),
      'token-1',
      {},
      baseUrl,
    ).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ApiError);
    expect((failure as ApiError).code).toBe('VALIDATION_FAILED');
    expect((failure as ApiError).issues).toEqual([
      { path: ['file'], zh: '没有收到文件', en: 'no file received' },
    ]);
  });
});
