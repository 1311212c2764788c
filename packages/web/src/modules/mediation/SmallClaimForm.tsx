import { App, Button, Col, DatePicker, Form, Input, Row, Space, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useFormProblems } from '../cases/detail/useFormProblems';
import { mediationKeys, settleSmallClaim } from './api';
import { CentreField, useCentreChoice } from './CentreField';
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
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const problems = useFormProblems(form, fields);
  const centres = useCentreChoice(form);

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
    onError: problems.show,
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
      {problems.alert}
      <Form<Values>
        form={form}
        layout="vertical"
        name="small-claim"
        initialValues={{ agreedOn: cityToday() }}
        onFinish={(v) => {
          problems.clear();
          save.mutate(v);
        }}
      >
        <CentreField centres={centres} />
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
