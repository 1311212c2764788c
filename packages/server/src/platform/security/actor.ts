import type { Area, Language, Role } from '@gigpact/contracts';

/** The signed-in user a request acts for. Domain code receives this, never the raw session. */
export interface Actor {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  area: Area;
  language: Language;
}
