import { App } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '@gigpact/contracts';
import { ApiError, errorMessage } from '../../../api/api-error';
import { useLanguage } from '../../../shell/session';
import { caseKeys } from '../api';

/**
 * A change to a case sent with the version the user saw. The answer (the case as it now stands) replaces the
 * page's copy. When someone else changed the case first the server answers CONFLICT: the page reloads the case,
 * says so, and the user decides again on what is now there.
 */
export function useCaseChange<Input, Output>(
  id: string,
  send: (input: Input) => Promise<Output>,
  options: {
    success?: (input: Input, answer: Output) => string;
    onDone?: () => void;
    onConflict?: () => void;
    /** Any other refusal, e.g. to show the server's field issues under the form's fields. */
    onFailure?: (error: unknown) => void;
  } = {},
) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { message, notification } = App.useApp();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: (answer, input) => {
      if (answer && typeof answer === 'object' && 'timeline' in answer)
        queryClient.setQueryData(caseKeys.detail(id), answer as unknown as CaseDetail);
      void queryClient.invalidateQueries({ queryKey: caseKeys.all });
      if (options.success) void message.success(options.success(input, answer));
      options.onDone?.();
    },
    onError: async (error) => {
      if (error instanceof ApiError && error.code === 'CONFLICT') {
        await queryClient.invalidateQueries({ queryKey: caseKeys.detail(id) });
        notification.warning({
          title: errorMessage(error, language),
          description: t('cases.detail.reloaded'),
          placement: 'top',
        });
        options.onConflict?.();
        return;
      }
      void message.error(errorMessage(error, language));
      options.onFailure?.(error);
    },
  });
}
