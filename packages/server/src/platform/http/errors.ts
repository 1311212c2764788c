import { errorCatalogue, type ErrorBody, type ErrorCode, type FieldIssue } from '@gigpact/contracts';

/** An error the user is meant to see. Thrown anywhere; turned into a response in one place (`error-handler.ts`). */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly issues?: FieldIssue[],
    readonly detail?: { zh: string; en: string },
  ) {
    super(detail?.en ?? errorCatalogue[code].en);
    this.name = 'AppError';
  }

  get status(): number {
    return errorCatalogue[this.code].status;
  }

  toBody(requestId?: string): ErrorBody {
    const base = errorCatalogue[this.code];
    return {
      error: {
        code: this.code,
        message: this.detail ?? { zh: base.zh, en: base.en },
        ...(requestId ? { requestId } : {}),
        ...(this.issues?.length ? { issues: this.issues } : {}),
      },
    };
  }
}

/** A noun phrase as the head of a message: `The agreement` → `Agreement`, `that version` → `Version`. */
function headline(phrase: string): string {
  const bare = phrase.replace(/^(the|that|this)\s+/i, '');
  return bare.charAt(0).toUpperCase() + bare.slice(1);
}

/** Factories, one per situation, so call sites read as sentences. */
export const errors = {
  validation: (issues: FieldIssue[]) => new AppError('VALIDATION_FAILED', issues),
  unauthenticated: () => new AppError('UNAUTHENTICATED'),
  forbidden: () => new AppError('FORBIDDEN'),
  /** `what` names the thing with its article (`该协议`, `The agreement`); English heads the message without it. */
  notFound: (what?: { zh: string; en: string }) =>
    new AppError(
      'NOT_FOUND',
      undefined,
      what ? { zh: `找不到${what.zh}`, en: `${headline(what.en)} not found` } : undefined,
    ),
  conflict: (detail?: { zh: string; en: string }) => new AppError('CONFLICT', undefined, detail),
  invalidCredentials: () => new AppError('INVALID_CREDENTIALS'),
  accountLocked: () => new AppError('ACCOUNT_LOCKED'),
  accountDisabled: () => new AppError('ACCOUNT_DISABLED'),
  csrfInvalid: () => new AppError('CSRF_INVALID'),
  notReady: () => new AppError('NOT_READY'),
};
