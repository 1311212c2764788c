import { useEffect, useState } from 'react';
import { Alert, App, Button, Col, DatePicker, Form, Input, Row, Select, Space, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { errorMessage } from '../../api/api-error';
import { useLanguage } from '../../shell/session';
import { showFieldErrors } from '../cases/detail/form-errors';
import { listCentres, mediationKeys, settleSmallClaim } from './api';
import { amountPattern, defaultTerms, isSmallClaimAmount, recoveredWithinClaimed } from './money';
import { cityToday } from '../../shell/city-today';

interface Values {
  centreId?: string;
  applicantName?: string;
  applicantPhone?: string;
  respondentName?: string;
  amountClaimed?: string;
  amountRecovered?: string;
  agreedOn: Dayjs;
  terms?: string;
}
const fields = [
  'centreId',
  'applicantName',
  'applicantPhone',
  'respondentName',
  'amountClaimed',
  'amountRecovered',
  'agreedOn',
  'terms',
] as const;

/**
 * The small wage claim settled at the counter: one form, one click, and the request, its sitting and the
 * agreement exist; the page then opens the request with its agreement ready to download.
 */
export function SmallClaimForm() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const [general, setGeneral] = useState<string[]>([]);
  const centres = useQuery({ queryKey: mediationKeys.centres, queryFn: listCentres });

  useEffect(() => {
    const first = centres.data?.items[0];
    if (first && !form.getFieldValue('centreId')) form.setFieldValue('centreId', first.id);
  }, [centres.data, form]);

  const save = useMutation({
    mutationFn: (v: Values) => {
      const recovered = (v.amountRecovered ?? '').trim();
      return settleSmallClaim({
        centreId: v.centreId!,
        applicantName: (v.applicantName ?? '').trim(),
        applicantPhone: (v.applicantPhone ?? '').trim(),
        respondentName: (v.respondentName ?? '').trim(),
        amountClaimed: (v.amountClaimed ?? '').trim(),
        amountRecovered: recovered,
        agreedOn: v.agreedOn.format('YYYY-MM-DD'),
        terms:
          v.terms?.trim() ||
          defaultTerms((v.respondentName ?? '').trim(), (v.applicantName ?? '').trim(), recovered),
      });
    },
    onSuccess: (settled) => {
      void message.success(t('mediation.smallClaim.settled', { number: settled.number }));
      void queryClient.invalidateQueries({ queryKey: mediationKeys.all });
      void navigate(`/mediation/${settled.id}`);
    },
    onError: (error) =>
      setGeneral([errorMessage(error, language), ...showFieldErrors(form, error, fields, language)]),
  });
  const required = { required: true, whitespace: true, message: t('mediation.common.required') };

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%', maxWidth: 720 }}>
      <div>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('mediation.smallClaim.title')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('mediation.smallClaim.intro')}</Typography.Text>
      </div>
      {general.length > 0 && <Alert type="error" showIcon role="alert" title={general.join(' ')} />}
      <Form<Values>
        form={form}
        layout="vertical"
        name="small-claim"
        initialValues={{ agreedOn: cityToday() }}
        onFinish={(v) => {
          setGeneral([]);
          save.mutate(v);
        }}
      >
        <Form.Item label={t('mediation.form.centre')} name="centreId" rules={[required]}>
          <Select
            loading={centres.isLoading}
            options={(centres.data?.items ?? []).map((c) => ({ value: c.id, label: c.name }))}
          />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} sm={12}>
            <Form.Item label={t('mediation.form.applicantName')} name="applicantName" rules={[required]}>
              <Input maxLength={60} autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item
              label={t('mediation.form.applicantPhone')}
              name="applicantPhone"
              rules={[required, { pattern: /^[0-9+\- ]{5,20}$/, message: t('mediation.common.phoneRule') }]}
            >
              <Input inputMode="tel" maxLength={20} autoComplete="off" />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item
          label={t('mediation.form.respondentName')}
          name="respondentName"
          rules={[{ ...required, min: 2 }]}
        >
          <Input maxLength={120} />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={12}>
            <Form.Item
              label={t('mediation.form.amountClaimed')}
              name="amountClaimed"
              rules={[
                required,
                { pattern: amountPattern, message: t('mediation.common.amountRule') },
                {
                  validator: (_, v: string | undefined) =>
                    !v || !amountPattern.test(v.trim()) || isSmallClaimAmount(v)
                      ? Promise.resolve()
                      : Promise.reject(new Error(t('mediation.smallClaim.tooLarge'))),
                },
              ]}
            >
              <Input inputMode="decimal" maxLength={15} />
            </Form.Item>
          </Col>
          <Col xs={12}>
            <Form.Item
              label={t('mediation.smallClaim.amountRecovered')}
              name="amountRecovered"
              dependencies={['amountClaimed']}
              rules={[
                required,
                { pattern: amountPattern, message: t('mediation.common.amountRule') },
                ({ getFieldValue }) => ({
                  validator: (_, v: string | undefined) =>
                    !v ||
                    !amountPattern.test(v.trim()) ||
                    recoveredWithinClaimed(v, getFieldValue('amountClaimed') as string | undefined)
                      ? Promise.resolve()
                      : Promise.reject(new Error(t('mediation.smallClaim.overClaimed'))),
                }),
              ]}
            >
              <Input inputMode="decimal" maxLength={15} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item label={t('mediation.smallClaim.agreedOn')} name="agreedOn" rules={[{ required: true }]}>
          <DatePicker disabledDate={(d) => d.isAfter(cityToday(), 'day')} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item label={t('mediation.smallClaim.terms')} name="terms">
          <Input.TextArea
            rows={3}
            maxLength={2000}
            placeholder={t('mediation.smallClaim.termsPlaceholder')}
          />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="small-claim-submit">
          {t('mediation.smallClaim.submit')}
        </Button>
      </Form>
    </Space>
  );
}
