import Fastify, { type FastifyBaseLogger } from 'fastify';
import pino from 'pino';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { installErrorHandling } from './error-handler';

/** A database error as drizzle throws it: the failed query and its parameters, the driver's error as the cause. */
function queryError(code: string, message: string): Error {
  const cause = Object.assign(new Error(message), { code });
  return Object.assign(
    new Error(`Failed query: select * from users where username = $1\nparams: secret\u0000value`),
    {
      query: 'select * from users where username = $1',
      params: ['secret\u0000value'],
      cause,
    },
  );
}

async function answerTo(thrown: Error) {
  const lines: string[] = [];
  const logger = pino(
    { level: 'info' },
    new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString());
        done();
      },
    }),
  );
  const app = Fastify({ loggerInstance: logger as FastifyBaseLogger });
  installErrorHandling(app);
  app.get('/boom', async () => {
    throw thrown;
  });
  const response = await app.inject('/boom');
  await app.close();
  return { response, log: lines.join('') };
}

describe('the error handler', () => {
  it('answers a character the database cannot store (22021, 22P05) with a bilingual 400, logging no SQL', async () => {
    for (const [code, message] of [
      ['22021', 'invalid byte sequence for encoding "UTF8": 0x00'],
      ['22P05', 'unsupported Unicode escape sequence'],
    ] as const) {
      const { response, log } = await answerTo(queryError(code, message));
      expect(response.statusCode, code).toBe(400);
      const body = response.json();
      expect(body.error.code).toBe('VALIDATION_FAILED');
      expect(body.error.message.zh).toMatch(/空字符|无法保存/);
      expect(body.error.message.en).toMatch(/NUL|cannot store/);
      expect(response.body).not.toMatch(/select|secret/);
      expect(log).not.toMatch(/secret/);
    }
  });

  it('logs a failed query of a 500 without its parameters', async () => {
    const { response, log } = await answerTo(queryError('42P01', 'relation "users" does not exist'));
    expect(response.statusCode).toBe(500);
    expect(response.json().error.code).toBe('INTERNAL');
    expect(log).toContain('select * from users where username = $1');
    expect(log).toContain('relation \\"users\\" does not exist');
    expect(log).not.toContain('secret');
  });
});
