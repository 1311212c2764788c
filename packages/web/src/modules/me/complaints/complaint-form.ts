import type { CaseType, ComplaintInput } from '@gigpact/contracts';

export interface ComplaintFormValues {
  type?: CaseType;
  platformCode?: string;
  employerName?: string;
  title?: string;
  description?: string;
  amountClaimed?: string;
  occurredOn?: string;
  district?: string;
  street?: string;
  workerName?: string;
  workerPhone?: string;
}

export const amountPattern = /^\d{1,12}(\.\d{1,2})?$/;
export const phonePattern = /^[0-9+\- ]{5,20}$/;

/** The request body from the phone form: texts trimmed, empty optional fields sent as null. */
export function complaintRequest(values: ComplaintFormValues, typeName: string): ComplaintInput {
  const description = (values.description ?? '').trim();
  return {
    type: values.type ?? 'other',
    title: values.title?.trim() || complaintTitle(typeName, description),
    description,
    district: values.district ?? '',
    street: values.street ?? null,
    platformCode: values.platformCode ?? null,
    employerName: values.employerName?.trim() || null,
    workerName: (values.workerName ?? '').trim(),
    workerPhone: (values.workerPhone ?? '').trim(),
    workersAffected: 1,
    amountClaimed: values.amountClaimed?.trim() || null,
    occurredOn: values.occurredOn ?? null,
  };
}

/** A worker need not invent a title: the type and the start of what happened make one (2–120 characters). */
export function complaintTitle(typeName: string, description: string): string {
  const start = description.replace(/\s+/g, ' ').trim().slice(0, 30);
  return `${typeName}：${start}`.slice(0, 120);
}

/** Files the server takes (photos, PDF) up to 10 MB each; the names of those it would refuse. */
export function refusedFiles(files: { name: string; size: number; type: string }[], maxBytes: number) {
  const accepted = /^(image\/(jpeg|png)|application\/pdf)$/;
  return {
    tooLarge: files.filter((f) => f.size > maxBytes).map((f) => f.name),
    wrongType: files.filter((f) => !accepted.test(f.type)).map((f) => f.name),
  };
}
