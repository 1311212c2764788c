import type { FormInstance } from 'antd';
import type { Language } from '@gigpact/contracts';
import { fieldErrors } from '../../admin/field-errors';

/** Puts the server's issues under the form's own fields; returns those that belong to no field. */
export function showFieldErrors<Field extends string>(
  form: FormInstance,
  error: unknown,
  fields: readonly Field[],
  language: Language,
): string[] {
  const { byField, general } = fieldErrors(error, fields, language);
  form.setFields(byField.map(({ field, errors }) => ({ name: field, errors })));
  return general;
}
