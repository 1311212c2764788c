import { z } from 'zod';
import { productModules } from '../modules';

export const dashboardFigureKeys = [
  'platformsWithUnion',
  'federations',
  'enterprisesWithUnion',
  'members',
  'agreementsInForce',
  'openFindings',
  'openCases',
] as const;
export type DashboardFigureKey = (typeof dashboardFigureKeys)[number];

/** A number the union reports, for the user's area, with the list it comes from. */
export const dashboardFigure = z.object({
  key: z.enum(dashboardFigureKeys),
  value: z.number(),
  /** The whole it is part of (e.g. platforms with a union out of all platforms), when there is one. */
  of: z.number().nullable(),
  module: z.enum(productModules),
  /** Where the list behind the number is, in the web client. */
  link: z.string(),
});
export type DashboardFigure = z.infer<typeof dashboardFigure>;

export const dashboardResponse = z.object({ month: z.string(), figures: z.array(dashboardFigure) });
export type DashboardResponse = z.infer<typeof dashboardResponse>;
