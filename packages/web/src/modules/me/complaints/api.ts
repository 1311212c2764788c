import type { ComplaintInput } from '@gigpact/contracts';
import { api } from '../../../api/client';
import type { Created } from '../../cases/api';

/** A worker's complaint; the server opens it as a case in the chosen district with a triage deadline. */
export function fileComplaint(body: ComplaintInput): Promise<Created> {
  return api.request('/api/cases/complaints', { method: 'POST', body });
}
