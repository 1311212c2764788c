import type { ErrorCode, FieldIssue, Language } from '@gigpact/contracts';
import { localized } from '../i18n/localized';

/** Codes the client itself produces when no error body from the server is available. */
export type ClientErrorCode = 'NETWORK' | 'UNEXPECTED_RESPONSE';

const clientMessages: Record<ClientErrorCode, { zh: string; en: string }> = {
  NETWORK: {
    zh: '无法连接服务器，请检查网络后重试',
    en: 'Cannot reach the server: check the network and try again',
  },
  UNEXPECTED_RESPONSE: {
    zh: '服务器返回了无法识别的响应',
    en: 'The server sent a response that could not be understood',
  },
};

/** A failed API call, carrying the server's code, bilingual message and per-field issues. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: ErrorCode | ClientErrorCode;
  readonly messages: { zh: string; en: string };
  readonly issues: FieldIssue[];
  readonly requestId: string | undefined;

  constructor(init: {
    status: number;
    code: ErrorCode | ClientErrorCode;
    messages: { zh: string; en: string };
    issues?: FieldIssue[];
    requestId?: string | undefined;
  }) {
    super(`${init.code}: ${init.messages.en}`);
    this.name = 'ApiError';
    this.status = init.status;
    this.code = init.code;
    this.messages = init.messages;
    this.issues = init.issues ?? [];
    this.requestId = init.requestId;
  }

  static client(code: ClientErrorCode, status = 0): ApiError {
    return new ApiError({ status, code, messages: clientMessages[code] });
  }

  messageIn(language: Language): string {
    return localized(this.messages, language);
  }
}

/** The text to show for any error, in the given language. */
export function errorMessage(error: unknown, language: Language): string {
  if (error instanceof ApiError) return error.messageIn(language);
  return localized(clientMessages.UNEXPECTED_RESPONSE, language);
}
