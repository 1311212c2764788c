import { sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Actor } from '../../platform/security/actor';

/**
 * The SQL condition that keeps a query inside the actor's area, given the columns holding a record's district
 * (6 digits) and street (9 digits, may be null). The city sees everything.
 */
export function withinArea(actor: Actor, district: AnyPgColumn | SQL, street: AnyPgColumn | SQL): SQL {
  switch (actor.area.level) {
    case 'city':
      return sql`true`;
    case 'district':
      return sql`${district} = ${actor.area.code}`;
    case 'street':
      return sql`${street} = ${actor.area.code}`;
  }
}

/** The same for a region-code column holding either a district or a street code. */
export function regionWithinArea(actor: Actor, regionCode: AnyPgColumn | SQL): SQL {
  switch (actor.area.level) {
    case 'city':
      return sql`true`;
    case 'district':
      return sql`left(${regionCode}, 6) = ${actor.area.code}`;
    case 'street':
      return sql`${regionCode} = ${actor.area.code}`;
  }
}
