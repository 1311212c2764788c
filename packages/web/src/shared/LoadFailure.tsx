import type { ReactNode } from 'react';
import { Result } from 'antd';
import { ApiError, errorMessage } from '../api/api-error';
import { useLanguage } from '../shell/session';

/** What a detail page shows when its record did not load: "not found" for a missing one, else the error itself. */
export function LoadFailure({
  error,
  notFound,
  back,
}: {
  error: unknown;
  notFound: string;
  back: ReactNode;
}) {
  const { language } = useLanguage();
  const missing = error instanceof ApiError && error.status === 404;
  return (
    <Result
      status={missing ? '404' : 'error'}
      title={missing ? notFound : errorMessage(error, language)}
      extra={back}
    />
  );
}
