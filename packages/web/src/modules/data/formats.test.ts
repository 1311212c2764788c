import { datasetFormats } from '@gigpact/contracts';
import { describe, expect, it } from 'vitest';
import { isKnownFormat, isPlatformFormat, kindRequired } from './formats';
import { en, zh } from './messages';

describe('dataset formats', () => {
  it('asks for the kind unless a platform’s own format gives it', () => {
    expect(kindRequired(undefined)).toBe(true);
    expect(kindRequired('csv')).toBe(true);
    expect(kindRequired('parquet')).toBe(true);
    expect(kindRequired('nyc-hvfhv')).toBe(false);
    expect(kindRequired('uber-driver-rides')).toBe(false);
  });

  it('tells a platform’s own format from a general one, and a format it knows from one it does not', () => {
    expect(isPlatformFormat('uber-driver-rides')).toBe(true);
    expect(isPlatformFormat('xlsx')).toBe(false);
    expect(isPlatformFormat('toString')).toBe(false);
    expect(isKnownFormat('ndjson')).toBe(true);
    expect(isKnownFormat('dbf')).toBe(false);
  });

  it('names every format in both languages, never by its code alone', () => {
    for (const format of datasetFormats) {
      expect(zh.formats[format]).toBeTruthy();
      expect(en.formats[format]).toBeTruthy();
      expect(zh.formats[format]).not.toBe(format);
      expect(en.formats[format]).not.toBe(format);
    }
  });
});
