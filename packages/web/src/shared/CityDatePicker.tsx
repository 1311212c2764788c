import { DatePicker } from 'antd';
import type { Dayjs } from 'dayjs';
// antd's own dayjs calendar (antd depends on @rc-component/picker), with only "now" changed below.
import dayjsGenerateConfig from '@rc-component/picker/generate/dayjs';
import { cityNow } from './city-time';

/**
 * antd's DatePicker, but its "today" (the marked cell, the Today/Now button, the month it opens on) is the city's
 * (Asia/Shanghai) day and time, not the browser's: values are browser-calendar dates like `cityToday()` gives.
 */
export const CityDatePicker = DatePicker.generatePicker<Dayjs>({
  ...dayjsGenerateConfig,
  getNow: () => cityNow(),
});
