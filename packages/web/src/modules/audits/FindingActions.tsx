import { useState } from 'react';
import { App, Button, Form, Input, Space } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import {
  findingActionFrom,
  findingActions,
  findingActionsNeedingNote,
  type FindingAction,
  type FindingView,
  type Role,
} from '@gigpact/contracts';
import { ApiError, errorMessage } from '../../api/api-error';
import { useLanguage } from '../../shell/session';
import { auditKeys, transition } from './api';

/** The actions a role may take on a finding in its state (the server decides; this only hides the rest). */
export function actionsFor(role: Role | undefined, finding: Pick<FindingView, 'state'>): FindingAction[] {
  const officer = role === 'city_admin' || role === 'district_officer';
  return findingActions.filter(
    (a) =>
      findingActionFrom[a].includes(finding.state) && (a === 'dispute' ? role === 'platform_rep' : officer),
  );
}

interface Values {
  note?: string;
  evidence?: string;
}

/**
 * Confirm, dispute (the platform's reply and evidence, and further replies), rectify, dismiss or reopen, at the
 * version the reader saw.
 */
export function FindingActions(props: { runId: string; finding: FindingView; role: Role | undefined }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { message, notification } = App.useApp();
  const queryClient = useQueryClient();
  const [action, setAction] = useState<FindingAction>();
  const [form] = Form.useForm<Values>();
  const detailKey = auditKeys.finding(props.runId, props.finding.key);
  const act = useMutation({
    mutationFn: (v: Values & { action: FindingAction }) =>
      transition(props.runId, props.finding.key, {
        action: v.action,
        version: props.finding.version,
        note: v.note?.trim() || undefined,
        evidence: (v.evidence ?? '')
          .split('\n')
          .map((line) => line.trim())
          .filter(Boolean)
          .map((description) => ({ description })),
      }),
    onSuccess: (updated) => {
      void queryClient.invalidateQueries({ queryKey: detailKey });
      void queryClient.invalidateQueries({ queryKey: ['audits', 'run', props.runId] });
      void message.success(t('audits.actions.done', { state: t(`audits.states.${updated.state}`) }));
      setAction(undefined);
      form.resetFields();
    },
    onError: async (error) => {
      if (error instanceof ApiError && error.code === 'CONFLICT') {
        await queryClient.invalidateQueries({ queryKey: detailKey });
        notification.warning({
          title: errorMessage(error, language),
          description: t('audits.actions.conflict'),
        });
        return;
      }
      void message.error(errorMessage(error, language));
    },
  });
  const possible = actionsFor(props.role, props.finding);
  if (possible.length === 0) return null;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space wrap>
        {possible.map((a) => (
          <Button
            key={a}
            type={action === a ? 'primary' : 'default'}
            danger={a === 'dismiss'}
            onClick={() => setAction(a)}
          >
            {t(`audits.actions.${a === 'dispute' && props.finding.state === 'disputed' ? 'replyAgain' : a}`)}
          </Button>
        ))}
      </Space>
      {action && (
        <Form<Values> form={form} layout="vertical" onFinish={(v) => act.mutate({ ...v, action })}>
          <Form.Item
            name="note"
            label={t(`audits.actions.noteOf.${action}`)}
            rules={
              findingActionsNeedingNote.includes(action)
                ? [{ required: true, whitespace: true, message: t(`audits.actions.noteRequired.${action}`) }]
                : []
            }
          >
            <Input.TextArea rows={3} maxLength={5000} />
          </Form.Item>
          {action === 'dispute' && (
            <Form.Item name="evidence" label={t('audits.actions.evidence')}>
              <Input.TextArea rows={3} />
            </Form.Item>
          )}
          <Button type="primary" htmlType="submit" loading={act.isPending}>
            {t('audits.actions.submit')}
          </Button>
        </Form>
      )}
    </Space>
  );
}
