import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkServable, ConfigError, loadConfig, trustProxyOption } from './config';

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

  it('trusts no proxy by default, one hop for true, a number of hops, or the proxies listed', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ GIGPACT_TRUST_PROXY: 'false' }).trustProxy).toBe(false);
    expect(loadConfig({ GIGPACT_TRUST_PROXY: '0' }).trustProxy).toBe(false);
    expect(loadConfig({ GIGPACT_TRUST_PROXY: 'true' }).trustProxy).toEqual({ hops: 1 });
    expect(loadConfig({ GIGPACT_TRUST_PROXY: '1' }).trustProxy).toEqual({ hops: 1 });
    expect(loadConfig({ GIGPACT_TRUST_PROXY: '2' }).trustProxy).toEqual({ hops: 2 });
    expect(
      loadConfig({ GIGPACT_TRUST_PROXY: ' 10.0.0.0/8, 127.0.0.1 ,::1,fd00::/8,loopback' }).trustProxy,
    ).toEqual({
      addresses: ['10.0.0.0/8', '127.0.0.1', '::1', 'fd00::/8', 'loopback'],
    });
  });

  it('names GIGPACT_TRUST_PROXY when it is neither a yes/no, a hop count nor addresses', () => {
    for (const value of ['maybe', '10.0.0.0/33', '300.1.1.1', '10.0.0.1,', '-1', '1.5']) {
      expect(() => loadConfig({ GIGPACT_TRUST_PROXY: value }), value).toThrow(ConfigError);
      expect(() => loadConfig({ GIGPACT_TRUST_PROXY: value }), value).toThrow(/GIGPACT_TRUST_PROXY/);
    }
  });

  it('gives fastify a rule that trusts only the nearest hops, or the addresses listed', () => {
    expect(trustProxyOption(false)).toBe(false);
    const oneHop = trustProxyOption({ hops: 1 }) as (address: string, hop: number) => boolean;
    expect([oneHop('10.0.0.1', 0), oneHop('203.0.113.9', 1)]).toEqual([true, false]);
    const twoHops = trustProxyOption({ hops: 2 }) as (address: string, hop: number) => boolean;
    expect([twoHops('a', 0), twoHops('b', 1), twoHops('c', 2)]).toEqual([true, true, false]);
    expect(trustProxyOption({ addresses: ['10.0.0.0/8'] })).toEqual(['10.0.0.0/8']);
  });

  it('refuses to serve PostgreSQL without the pseudonym key, saying which variable to set', () => {
    const production = loadConfig({ DATABASE_URL: 'postgres://u@db/g', GIGPACT_DEMO_DATA: 'true' });
    expect(() => checkServable(production)).toThrow(ConfigError);
    expect(() => checkServable(production)).toThrow(/GIGPACT_PSEUDONYM_KEY/);
    expect(() => checkServable(production)).toThrow(/[\u4e00-\u9fff]/);
    expect(() => checkServable(production)).toThrow(/must be set/);
    expect(() =>
      checkServable(loadConfig({ DATABASE_URL: 'postgres://u@db/g', GIGPACT_PSEUDONYM_KEY: 'k'.repeat(32) })),
    ).not.toThrow();
    expect(() => checkServable(loadConfig({}))).not.toThrow();
  });

  it('says what a wrong value should be, in Chinese and English', () => {
    expect(() => loadConfig({ GIGPACT_PSEUDONYM_KEY: 'short' })).toThrow(
      'GIGPACT_PSEUDONYM_KEY: 假名化密钥至少 16 个字符（如 openssl rand -base64 32）/ at least 16 characters',
    );
    expect(() => loadConfig({ PORT: '70000' })).toThrow('PORT: 端口应为 0–65535 的整数 / a port');
    expect(() => loadConfig({ LOG_LEVEL: 'loud' })).toThrow('LOG_LEVEL: 应为 fatal');
  });
});
