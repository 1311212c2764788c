import { describe, expect, it } from 'vitest';
import { obviousDatasets } from './obvious-datasets';

const dataset = (
  id: string,
  kind: Parameters<typeof obviousDatasets>[1][number]['kind'],
  platforms: string[] = [],
  { rows = 100, uploadedFor = null as string | null } = {},
) => ({ id, kind, platform: uploadedFor, platforms, rowsAccepted: rows });

const eleme = { industry: 'food_delivery' as const, platforms: ['eleme'] };

describe('the datasets an audit obviously runs on', () => {
  it('chooses the one dataset of each kind the agreement reads for its platform, and the only weather record', () => {
    const datasets = [
      dataset('eleme-orders', 'delivery_orders', ['eleme']),
      dataset('meituan-orders', 'delivery_orders', ['meituan']),
      dataset('weather', 'weather_alerts'),
      dataset('rides', 'ride_trips', ['didi']),
      dataset('roster', 'workers', ['eleme', 'meituan']),
    ];
    expect(obviousDatasets(eleme, datasets)).toEqual(['eleme-orders', 'weather']);
  });

  it('chooses one dataset for each platform the agreement covers', () => {
    const rideHailing = { industry: 'ride_hailing' as const, platforms: ['didi', 't3'] };
    const datasets = [
      dataset('didi', 'ride_trips', ['didi']),
      dataset('t3', 'ride_trips', [], { uploadedFor: 't3' }),
      dataset('caocao', 'ride_trips', ['caocao']),
    ];
    expect(obviousDatasets(rideHailing, datasets).sort()).toEqual(['didi', 't3']);
  });

  it('leaves the choice to the officer where two datasets hold the same platform’s rows', () => {
    const datasets = [
      dataset('may', 'delivery_orders', ['eleme']),
      dataset('june', 'delivery_orders', ['eleme', 'meituan']),
      dataset('weather-1', 'weather_alerts'),
      dataset('weather-2', 'weather_alerts'),
    ];
    expect(obviousDatasets(eleme, datasets)).toEqual([]);
  });

  it('never chooses a dataset whose every row was refused', () => {
    const datasets = [
      dataset('refused', 'delivery_orders', ['eleme'], { rows: 0 }),
      dataset('stored', 'delivery_orders', ['eleme']),
    ];
    expect(obviousDatasets(eleme, datasets)).toEqual(['stored']);
  });

  it('reads an agreement that names no platform as covering every platform its industry’s data names', () => {
    const freight = { industry: 'freight' as const, platforms: [] };
    const datasets = [
      dataset('huolala', 'freight_orders', ['huolala']),
      dataset('didi-freight', 'freight_orders', ['didi_freight']),
    ];
    expect(obviousDatasets(freight, datasets).sort()).toEqual(['didi-freight', 'huolala']);
  });

  it('chooses payroll uploaded for no brand only when it is the only payroll and none names a platform', () => {
    const express = { industry: 'express' as const, platforms: ['jt'] };
    const parcels = dataset('jt-parcels', 'parcel_deliveries', ['jt']);
    expect(obviousDatasets(express, [parcels, dataset('payroll', 'courier_payroll')]).sort()).toEqual([
      'jt-parcels',
      'payroll',
    ]);
    expect(
      obviousDatasets(express, [
        parcels,
        dataset('payroll', 'courier_payroll'),
        dataset('jt-payroll', 'courier_payroll', [], { uploadedFor: 'jt' }),
      ]).sort(),
    ).toEqual(['jt-parcels', 'jt-payroll']);
    expect(
      obviousDatasets(express, [
        parcels,
        dataset('payroll-1', 'courier_payroll'),
        dataset('payroll-2', 'courier_payroll'),
      ]),
    ).toEqual(['jt-parcels']);
  });
});
