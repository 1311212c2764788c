import { App, Button, Card, Checkbox, DatePicker, Form, Input, Radio } from 'antd';
import type { Dayjs } from 'dayjs';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { MediationView } from '@gigpact/contracts';
import { ApiError, errorMessage } from '../../api/api-error';
import { useLanguage } from '../../shell/session';
import { caseKeys } from '../cases/api';
import { mediationKeys, recordOutcome, type OutcomeInput } from './api';
import { mediationStatusLabel } from './labels';
import { amountPattern, recoveredWithinClaimed } from './money';
import { cityDayOf, cityToday } from '../../shell/city-today';

interface Values {
  outcome: 'agreed' | 'failed' | 'withdrawn';
  agreedOn?: Dayjs;
  amountAgreed?: string;
  amountRecovered?: string;
  terms?: string;
  reason?: string;
  handToArbitration?: boolean;
  arbitrationBody?: string;
  handedOffOn?: Dayjs;
}

function outcomeBody(v: Values, version: number): OutcomeInput {
  if (v.outcome === 'agreed')
    return {
      outcome: 'agreed',
      version,
      agreedOn: (v.agreedOn ?? cityToday()).format('YYYY-MM-DD'),
      amountAgreed: (v.amountAgreed ?? '').trim(),
      amountRecovered: (v.amountRecovered ?? '').trim(),
      terms: (v.terms ?? '').trim(),
    };
  if (v.outcome === 'failed')
    return {
      outcome: 'failed',
      version,
      reason: (v.reason ?? '').trim(),
      handToArbitration: v.handToArbitration ?? true,
      arbitrationBody: v.arbitrationBody?.trim() || null,
      handedOffOn: v.handToArbitration === false ? null : (v.handedOffOn ?? cityToday()).format('YYYY-MM-DD'),
    };
  return { outcome: 'withdrawn', version, reason: (v.reason ?? '').trim() };
}

/**
 * Ends the mediation: an agreement (with the money agreed and recovered), a failure handed on to labour
 * arbitration, or a withdrawal. The version on screen goes along; a crossing change reloads the request.
 */
export function OutcomeForm({ request }: { request: MediationView }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { message, notification } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const outcome = Form.useWatch('outcome', form);
  const handToArbitration = Form.useWatch('handToArbitration', form);
  const save = useMutation({
    mutationFn: (v: Values) => recordOutcome(request.id, outcomeBody(v, request.version)),
    onSuccess: (updated) => {
      queryClient.setQueryData(mediationKeys.detail(request.id), updated);
      void queryClient.invalidateQueries({ queryKey: mediationKeys.all });
      void queryClient.invalidateQueries({ queryKey: caseKeys.all });
      void message.success(
        t('mediation.outcome.saved', { status: mediationStatusLabel(updated.status, language) }),
      );
    },
    onError: async (error) => {
      if (error instanceof ApiError && error.code === 'CONFLICT') {
        await queryClient.invalidateQueries({ queryKey: mediationKeys.detail(request.id) });
        notification.warning({
          title: errorMessage(error, language),
          description: t('mediation.outcome.conflict'),
        });
        return;
      }
      void message.error(errorMessage(error, language));
    },
  });
  const required = { required: true, whitespace: true, message: t('mediation.common.required') };
  const amount = { pattern: amountPattern, message: t('mediation.common.amountRule') };

  return (
    <Card size="small" title={t('mediation.outcome.record')} data-testid="mediation-outcome">
      <Form<Values>
        form={form}
        layout="vertical"
        name="mediation-outcome"
        initialValues={{
          outcome: 'agreed',
          agreedOn: cityToday(),
          amountAgreed: request.amountClaimed ?? undefined,
          handToArbitration: true,
          handedOffOn: cityToday(),
        }}
        onFinish={(v) => save.mutate(v)}
      >
        <Form.Item name="outcome">
          <Radio.Group
            optionType="button"
            options={(['agreed', 'failed', 'withdrawn'] as const).map((o) => ({
              value: o,
              label: t(`mediation.outcome.kinds.${o}`),
            }))}
          />
        </Form.Item>
        {outcome === 'agreed' && (
          <>
            <Form.Item label={t('mediation.outcome.agreedOn')} name="agreedOn" rules={[{ required: true }]}>
              <DatePicker disabledDate={(d) => d.isAfter(cityToday(), 'day')} style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item
              label={t('mediation.outcome.amountAgreed')}
              name="amountAgreed"
              rules={[required, amount]}
            >
              <Input inputMode="decimal" maxLength={15} />
            </Form.Item>
            <Form.Item
              label={t('mediation.outcome.amountRecovered')}
              name="amountRecovered"
              dependencies={['amountAgreed']}
              rules={[
                required,
                amount,
                ({ getFieldValue }) => ({
                  validator: (_, v: string | undefined) =>
                    !v ||
                    !amountPattern.test(v.trim()) ||
                    recoveredWithinClaimed(v, getFieldValue('amountAgreed') as string | undefined)
                      ? Promise.resolve()
                      : Promise.reject(new Error(t('mediation.smallClaim.overClaimed'))),
                }),
              ]}
            >
              <Input inputMode="decimal" maxLength={15} />
            </Form.Item>
            <Form.Item label={t('mediation.outcome.terms')} name="terms" rules={[{ ...required, min: 5 }]}>
              <Input.TextArea rows={3} maxLength={10_000} />
            </Form.Item>
          </>
        )}
        {outcome !== 'agreed' && (
          <Form.Item label={t('mediation.outcome.reason')} name="reason" rules={[{ ...required, min: 2 }]}>
            <Input.TextArea rows={2} maxLength={2000} />
          </Form.Item>
        )}
        {outcome === 'failed' && (
          <>
            <Form.Item name="handToArbitration" valuePropName="checked">
              <Checkbox>{t('mediation.outcome.handToArbitration')}</Checkbox>
            </Form.Item>
            {handToArbitration !== false && (
              <>
                <Form.Item label={t('mediation.outcome.arbitrationBody')} name="arbitrationBody">
                  <Input maxLength={120} placeholder={t('mediation.outcome.arbitrationBodyPlaceholder')} />
                </Form.Item>
                <Form.Item
                  label={t('mediation.outcome.handedOffOn')}
                  name="handedOffOn"
                  rules={[{ required: true, message: t('mediation.common.required') }]}
                >
                  <DatePicker
                    disabledDate={(d) =>
                      d.isAfter(cityToday(), 'day') || d.isBefore(cityDayOf(request.createdAt), 'day')
                    }
                    style={{ width: '100%' }}
                  />
                </Form.Item>
              </>
            )}
          </>
        )}
        <Button type="primary" htmlType="submit" loading={save.isPending}>
          {t('mediation.outcome.record')}
        </Button>
      </Form>
    </Card>
  );
}
