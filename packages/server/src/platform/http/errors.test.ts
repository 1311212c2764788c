import { describe, expect, it } from 'vitest';
import { errors } from './errors';

describe('error factories', () => {
  it('heads a not-found message with the thing named, without its article', () => {
    const message = (en: string) => errors.notFound({ zh: '该协议', en }).toBody().error.message;
    expect(message('The agreement')).toEqual({ zh: '找不到该协议', en: 'Agreement not found' });
    expect(message('The files of the dataset').en).toBe('Files of the dataset not found');
    expect(message('That version').en).toBe('Version not found');
    expect(message('agreement eleme-2025').en).toBe('Agreement eleme-2025 not found');
    expect(message('the brand agreement jt of jt-qingpu').en).toBe(
      'Brand agreement jt of jt-qingpu not found',
    );
    expect(errors.notFound().toBody().error.message).toEqual({ zh: '找不到请求的内容', en: 'Not found' });
  });
});
