import { useEffect } from 'react';
import { App, Button, Form, Input, Select, Space, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { caseTypes } from '@gigpact/contracts';
import { useLanguage } from '../../shell/session';
import { caseKeys, getCase } from '../cases/api';
import { useFormProblems } from '../cases/detail/useFormProblems';
import { typeLabel } from '../cases/labels';
import { mediationKeys, openRequest } from './api';
import { CentreField, useCentreChoice } from './CentreField';
import { prefillFromCase, type RequestFormValues } from './case-prefill';
import { amountPattern } from './money';
import { BackLink } from '../../shared/BackLink';

const fields = [
  'centreId',
  'applicantName',
  'applicantPhone',
  'respondentName',
  'claimType',
  'amountClaimed',
  'description',
] as const;

/** A mediation request: from a case (`?caseId=`, prefilled from it) or from a worker who walks in. */
export function RequestForm() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [params] = useSearchParams();
  const caseId = params.get('caseId') ?? undefined;
  const [form] = Form.useForm<RequestFormValues>();
  const problems = useFormProblems(form, fields);
  const source = useQuery({
    queryKey: caseKeys.detail(caseId ?? ''),
    queryFn: () => getCase(caseId!),
    enabled: caseId !== undefined,
  });

  useEffect(() => {
    if (source.data) form.setFieldsValue(prefillFromCase(source.data));
  }, [source.data, form]);
  const centres = useCentreChoice(form, source.data?.district);

  const save = useMutation({
    mutationFn: (v: RequestFormValues) =>
      openRequest({
        centreId: v.centreId!,
        caseId: caseId ?? null,
        applicantName: (v.applicantName ?? '').trim(),
        applicantPhone: (v.applicantPhone ?? '').trim(),
        respondentName: (v.respondentName ?? '').trim(),
        claimType: v.claimType,
        amountClaimed: v.amountClaimed?.trim() || null,
        description: (v.description ?? '').trim(),
      }),
    onSuccess: (created) => {
      void message.success(t('mediation.form.created', { number: created.number }));
      void queryClient.invalidateQueries({ queryKey: mediationKeys.all });
      void queryClient.invalidateQueries({ queryKey: caseKeys.all });
      void navigate(`/mediation/${created.id}`);
    },
    onError: problems.show,
  });
  const required = { required: true, whitespace: true, message: t('mediation.common.required') };

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%', maxWidth: 720 }}>
      <BackLink to="/mediation">{t('mediation.detail.back')}</BackLink>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {source.data
          ? t('mediation.form.fromCase', { number: source.data.number })
          : t('mediation.form.walkIn')}
      </Typography.Title>
      {problems.alert}
      <Form<RequestFormValues>
        form={form}
        layout="vertical"
        name="mediation-request"
        initialValues={{ claimType: 'wage_arrears' }}
        onFinish={(v) => {
          problems.clear();
          save.mutate(v);
        }}
      >
        <CentreField centres={centres} />
        <Form.Item label={t('mediation.form.applicantName')} name="applicantName" rules={[required]}>
          <Input maxLength={60} autoComplete="off" />
        </Form.Item>
        <Form.Item
          label={t('mediation.form.applicantPhone')}
          name="applicantPhone"
          rules={[required, { pattern: /^[0-9+\- ]{5,20}$/, message: t('mediation.common.phoneRule') }]}
        >
          <Input inputMode="tel" maxLength={20} autoComplete="off" />
        </Form.Item>
        <Form.Item
          label={t('mediation.form.respondentName')}
          name="respondentName"
          rules={[{ ...required, min: 2 }]}
        >
          <Input maxLength={120} />
        </Form.Item>
        <Form.Item label={t('mediation.form.claimType')} name="claimType" rules={[{ required: true }]}>
          <Select options={caseTypes.map((c) => ({ value: c, label: typeLabel(c, language) }))} />
        </Form.Item>
        <Form.Item
          label={t('mediation.form.amountClaimed')}
          name="amountClaimed"
          rules={[{ pattern: amountPattern, message: t('mediation.common.amountRule') }]}
        >
          <Input inputMode="decimal" maxLength={15} />
        </Form.Item>
        <Form.Item
          label={t('mediation.form.description')}
          name="description"
          rules={[{ ...required, min: 2 }]}
        >
          <Input.TextArea rows={4} maxLength={5000} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={save.isPending}>
          {t('mediation.form.submit')}
        </Button>
      </Form>
    </Space>
  );
}
