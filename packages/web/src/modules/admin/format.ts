import dayjs from 'dayjs';

export function formatTime(value: string | null, never: string): string {
  return value ? dayjs(value).format('YYYY-MM-DD HH:mm:ss') : never;
}
