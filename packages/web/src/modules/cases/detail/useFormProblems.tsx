import { useState } from 'react';
import { Alert, type FormInstance } from 'antd';
import { errorMessage } from '../../../api/api-error';
import { useLanguage } from '../../../shell/session';
import { showFieldErrors } from './form-errors';

/**
 * What the server objected to in a submitted form: its issues about a field stand under that field; its message
 * and the issues that belong to no field make one alert above the form (`alert`, nothing while all is well).
 */
export function useFormProblems<Field extends string>(form: FormInstance, fields: readonly Field[]) {
  const { language } = useLanguage();
  const [general, setGeneral] = useState<string[]>([]);
  return {
    alert: general.length > 0 ? <Alert type="error" showIcon role="alert" title={general.join(' ')} /> : null,
    clear: () => setGeneral([]),
    show: (error: unknown) =>
      setGeneral([errorMessage(error, language), ...showFieldErrors(form, error, fields, language)]),
  };
}
