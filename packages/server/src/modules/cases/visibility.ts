import { sql, type SQL } from 'drizzle-orm';
import type { Actor } from '../../platform/security/actor';
import { withinArea } from '../registry/scope';
import { cases } from './schema';

function districtColumnWithin(actor: Actor, column: typeof cases.referredTo | typeof cases.mediatedIn): SQL {
  if (actor.area.level === 'city') return sql`${column} is not null`;
  return sql`${column} = ${actor.area.code.slice(0, 6)}`;
}

/** The SQL condition selecting the cases an actor may see; the same rule as `casePolicies.viewCase`. */
export function visibleCases(actor: Actor): SQL {
  switch (actor.role) {
    case 'city_admin':
    case 'district_officer':
    case 'street_officer':
      return withinArea(actor, cases.district, cases.street);
    case 'procurator':
      return actor.area.level === 'street' ? sql`false` : districtColumnWithin(actor, cases.referredTo);
    case 'mediator':
      return actor.area.level === 'street' ? sql`false` : districtColumnWithin(actor, cases.mediatedIn);
    case 'worker':
      return sql`${cases.complainantId} = ${actor.id}`;
    case 'platform_rep':
      return sql`false`;
  }
}
