import type { ReactNode } from 'react';
import { Typography } from 'antd';
import type { EChartsCoreOption } from '../../../shared/charts/echarts';
import { EChart } from '../../../shared/charts/EChart';

/** A chart under its heading; the heading also names the chart for a screen reader. A note may stand between. */
export function TitledChart({
  title,
  option,
  height,
  testId,
  children,
}: {
  title: string;
  option: EChartsCoreOption;
  height: number;
  testId: string;
  children?: ReactNode;
}) {
  return (
    <>
      <Typography.Title level={5}>{title}</Typography.Title>
      {children}
      <EChart option={option} height={height} label={title} testId={testId} />
    </>
  );
}
