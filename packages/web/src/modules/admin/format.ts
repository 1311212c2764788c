import { formatCityTime } from '../../shared/city-time';

/** An instant from the server on the city's (Shanghai) wall clock, or `never` when there is none. */
export function formatTime(value: string | null, never: string): string {
  return formatCityTime(value, { empty: never });
}
