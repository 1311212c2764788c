import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';
import { startServer } from './server';

describe('starting the server', () => {
  it('refuses PostgreSQL without GIGPACT_PSEUDONYM_KEY before opening anything', async () => {
    // Nothing listens on port 1: a server that tried to connect would fail otherwise, or hang.
    const config = loadConfig({
      DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none',
      GIGPACT_DEMO_DATA: 'true',
      PORT: '0',
    });
    const started = startServer(config, pino({ level: 'silent' }));
    await expect(started).rejects.toThrow(ConfigError);
    await expect(started).rejects.toThrow(/GIGPACT_PSEUDONYM_KEY/);
  });
});
