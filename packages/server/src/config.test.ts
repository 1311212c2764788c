import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

describe('configuration', () => {
  it('defaults to the embedded database, port 8080 and demo data', () => {
    const config = loadConfig({});
    expect(config.port).toBe(8080);
    expect(config.databaseUrl).toBeUndefined();
    expect(config.dataDir).toBe(path.resolve('./.data'));
    expect(config.seedDemoData).toBe(true);
  });

  it('switches to PostgreSQL without demo data unless asked', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://u@db:5432/gigpact', PORT: '9000' });
    expect(config.databaseUrl).toBe('postgres://u@db:5432/gigpact');
    expect(config.port).toBe(9000);
    expect(config.seedDemoData).toBe(false);
    expect(loadConfig({ DATABASE_URL: 'postgres://u@db/g', GIGPACT_DEMO_DATA: 'true' }).seedDemoData).toBe(
      true,
    );
  });

  it('names the variable that is wrong', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
  });
});
