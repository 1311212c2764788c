import { App, Button, Space } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { agreementTransitions, type AgreementDetail, type AgreementStatusName } from '@gigpact/contracts';
import { ApiError, errorMessage } from '../../api/api-error';
import { useLanguage, useSession } from '../../shell/session';
import { agreementKeys, changeStatus } from './api';
import { statusLabel } from './labels';

/** Whether the signed-in role may move an agreement to `status` (the server decides; this hides what it would refuse). */
export function mayMoveTo(role: string | undefined, status: AgreementStatusName): boolean {
  if (status === 'in_force' || status === 'superseded') return role === 'city_admin';
  return role === 'city_admin' || role === 'district_officer';
}

export function StatusActions({ agreement }: { agreement: AgreementDetail }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { message } = App.useApp();
  const session = useSession();
  const queryClient = useQueryClient();
  const move = useMutation({
    mutationFn: (status: AgreementStatusName) => changeStatus(agreement.id, status, agreement.rowVersion),
    onSuccess: (updated) => {
      void message.success(t('agreements.detail.moved', { status: statusLabel(updated.status, language) }));
    },
    onError: (error) => {
      void message.error(
        error instanceof ApiError && error.code === 'CONFLICT'
          ? t('agreements.detail.conflict')
          : errorMessage(error, language),
      );
    },
    onSettled: () => void queryClient.invalidateQueries({ queryKey: agreementKeys.all }),
  });
  const next = agreementTransitions[agreement.status].filter((s) => mayMoveTo(session.data?.user.role, s));
  if (next.length === 0) return null;
  return (
    <Space wrap aria-label={t('agreements.detail.statusActions')}>
      {next.map((status) => (
        <Button
          key={status}
          loading={move.isPending && move.variables === status}
          onClick={() => move.mutate(status)}
        >
          {t('agreements.detail.moveTo', { status: statusLabel(status, language) })}
        </Button>
      ))}
    </Space>
  );
}
