import type { DatasetKind } from '@gigpact/contracts';
import type { Actor } from '../../platform/security/actor';
import type { Policy } from '../../platform/security/policy';
import { may } from '../../platform/security/policy';
import { platformOfRepresentative } from './platform-of-actor';

/** City and district officers work with every platform's data; street officers do not use the data module. */
const isDataOfficer = (actor: Actor) =>
  may.useModule(actor, 'data') && (actor.role === 'city_admin' || actor.role === 'district_officer');

/** Weather alerts are public records: officers bring them in, everyone with the module may read them. */
export const publicKinds: ReadonlySet<DatasetKind> = new Set(['weather_alerts']);

export interface UploadTarget {
  kind: DatasetKind;
  platform: string | null;
}

export interface DatasetScope {
  kind: DatasetKind;
  platform: string | null;
  platforms: readonly string[];
}

/**
 * Dataset policies. Officers upload and read every platform's datasets. A platform representative uploads only
 * for their own platform (the upload names it, and rows naming another platform are refused at ingest) and reads
 * only their own platform's datasets and the public ones. Workers have no part in platform data.
 */
export const datasetPolicies = {
  viewCatalogue: ((actor) => may.useModule(actor, 'data')) satisfies Policy,
  viewEveryPlatform: ((actor) => isDataOfficer(actor)) satisfies Policy,
  upload: ((actor, target: UploadTarget) => {
    if (isDataOfficer(actor)) return true;
    const own = platformOfRepresentative(actor);
    return (
      may.useModule(actor, 'data') && own !== null && target.platform === own && !publicKinds.has(target.kind)
    );
  }) satisfies Policy<UploadTarget>,
  /**
   * The refused rows are the file as received, personal data included (phone numbers as worker ids, rows of every
   * district): only whoever uploaded it, to correct it, and the city administrator, who answers for the data.
   */
  downloadRejected: ((actor, dataset: { createdBy: string | null }) =>
    actor.role === 'city_admin' ||
    (dataset.createdBy !== null && dataset.createdBy === actor.id)) satisfies Policy<{
    createdBy: string | null;
  }>,
  view: ((actor, dataset: DatasetScope) => {
    if (isDataOfficer(actor)) return true;
    const own = platformOfRepresentative(actor);
    if (!may.useModule(actor, 'data') || own === null) return false;
    if (publicKinds.has(dataset.kind)) return true;
    if (dataset.platform !== null) return dataset.platform === own;
    return dataset.platforms.length > 0 && dataset.platforms.every((p) => p === own);
  }) satisfies Policy<DatasetScope>,
};
