import { describe, expect, it } from 'vitest';
import { complaintInput } from '@gigpact/contracts';
import {
  amountPattern,
  complaintRequest,
  complaintTitle,
  phonePattern,
  refusedFiles,
} from './complaint-form';

describe('the phone complaint form', () => {
  it('builds a body the server accepts, with a title made for the worker', () => {
    const body = complaintRequest(
      {
        type: 'penalty_dispute',
        platformCode: 'eleme',
        description: '  暴雨天超时被扣款 90 元，申诉被驳回  ',
        amountClaimed: '90',
        occurredOn: '2026-03-02',
        district: '310118',
        street: '310118106',
        workerName: ' 陈小兵 ',
        workerPhone: '13812345678',
      },
      '罚款与扣款争议',
    );
    expect(body.title).toBe('罚款与扣款争议：暴雨天超时被扣款 90 元，申诉被驳回');
    expect(body.workerName).toBe('陈小兵');
    expect(body.employerName).toBeNull();
    expect(complaintInput.safeParse(body).success).toBe(true);
  });

  it('is refused by the server when the place is missing, so the form requires it', () => {
    const body = complaintRequest(
      { type: 'other', description: '平台无故封号', workerName: '王', workerPhone: '13800000000' },
      '其他',
    );
    expect(complaintInput.safeParse(body).success).toBe(false);
  });

  it('keeps titles within 120 characters', () => {
    expect(complaintTitle('欠薪', 'x'.repeat(500)).length).toBeLessThanOrEqual(120);
  });

  it('makes an English title in English, cut between words with an ellipsis', () => {
    const title = complaintTitle(
      'Unpaid wages',
      'I was not paid for the last three weeks of deliveries and the station manager refuses to answer',
      'en',
    );
    expect(title).toBe('Unpaid wages: I was not paid for the last three weeks of deliveries and…');
    expect(title).not.toContain('：');
    expect(complaintTitle('Unpaid wages', 'Not paid', 'en')).toBe('Unpaid wages: Not paid');
    const body = complaintRequest(
      {
        type: 'wage_arrears',
        description: 'I was not paid',
        district: '310118',
        workerName: 'Li',
        workerPhone: '13800000000',
      },
      'Unpaid wages',
      'en',
    );
    expect(body.title).toBe('Unpaid wages: I was not paid');
  });

  it('cuts a long Chinese description between characters, with an ellipsis', () => {
    const title = complaintTitle('欠薪', '一'.repeat(40) + '😀');
    expect(title).toBe(`欠薪：${'一'.repeat(29)}…`);
    expect(complaintTitle('欠薪', '😀'.repeat(40))).toBe(`欠薪：${'😀'.repeat(29)}…`);
  });

  it('checks amounts and phone numbers as the server does', () => {
    expect(amountPattern.test('90.5')).toBe(true);
    expect(amountPattern.test('90.555')).toBe(false);
    expect(phonePattern.test('138 1234 5678')).toBe(true);
    expect(phonePattern.test('call me')).toBe(false);
  });

  it('names the files the server would refuse', () => {
    const files = [
      { name: 'a.jpg', size: 1000, type: 'image/jpeg' },
      { name: 'big.pdf', size: 11 * 1024 * 1024, type: 'application/pdf' },
      { name: 'v.mp4', size: 1000, type: 'video/mp4' },
    ];
    expect(refusedFiles(files, 10 * 1024 * 1024)).toEqual({ tooLarge: ['big.pdf'], wrongType: ['v.mp4'] });
  });
});
