import { BarChart, CustomChart, HeatmapChart, LineChart, MapChart, ScatterChart } from 'echarts/charts';
import {
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TitleComponent,
  TooltipComponent,
  VisualMapComponent,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

// Only the parts the chart pages draw. Governance: bars (histograms), lines (trends, fits), scatter (outcomes),
// custom (error bars). Registry: a tile map (heatmap on a category grid), a real map, and a line chart.
echarts.use([BarChart, CustomChart, HeatmapChart, LineChart, MapChart, ScatterChart]);
echarts.use([GridComponent, LegendComponent, MarkLineComponent, TitleComponent, TooltipComponent]);
echarts.use([VisualMapComponent, CanvasRenderer]);

export { echarts };
export type { EChartsCoreOption } from 'echarts/core';
