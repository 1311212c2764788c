import { useEffect } from 'react';
import { Form, Select, type FormInstance } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { listCentres, mediationKeys } from './api';

/**
 * The mediation centre a form's request goes to: the centres the officer may choose from; until one is chosen,
 * the centre of the given district, else the first.
 */
export function useCentreChoice(form: FormInstance, district?: string) {
  const centres = useQuery({ queryKey: mediationKeys.centres, queryFn: listCentres });
  useEffect(() => {
    const items = centres.data?.items ?? [];
    const fit = items.find((c) => c.district === district) ?? items[0];
    if (fit && !form.getFieldValue('centreId')) form.setFieldValue('centreId', fit.id);
  }, [centres.data, district, form]);
  return centres;
}

/** The form's required centre field, listing the centres by name. */
export function CentreField({ centres }: { centres: ReturnType<typeof useCentreChoice> }) {
  const { t } = useTranslation();
  return (
    <Form.Item
      label={t('mediation.form.centre')}
      name="centreId"
      rules={[{ required: true, whitespace: true, message: t('mediation.common.required') }]}
    >
      <Select
        loading={centres.isLoading}
        options={(centres.data?.items ?? []).map((c) => ({ value: c.id, label: c.name }))}
      />
    </Form.Item>
  );
}
