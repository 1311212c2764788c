import { areaContains, mayUseModule, type Area, type ProductModule } from '@gigpact/contracts';
import { errors } from '../http/errors';
import type { Actor } from './actor';

/**
 * A policy says, as a sentence, whether an actor may take one action (optionally on one resource). Each module
 * keeps its policies in its own `policies.ts`; the role × action matrix of each is tested beside it.
 */
export type Policy<Resource = void> = (actor: Actor, resource: Resource) => boolean;

export function authorize<Resource>(actor: Actor, policy: Policy<Resource>, resource: Resource): void;
export function authorize(actor: Actor, policy: Policy<void>): void;
export function authorize<Resource>(actor: Actor, policy: Policy<Resource>, resource?: Resource): void {
  if (!policy(actor, resource as Resource)) throw errors.forbidden();
}

/** Phrases policies are written with. */
export const may = {
  useModule: (actor: Actor, module: ProductModule) => mayUseModule(actor.role, module),
  seeArea: (actor: Actor, area: Area) => areaContains(actor.area, area),
  isCityWide: (actor: Actor) => actor.area.level === 'city',
};
