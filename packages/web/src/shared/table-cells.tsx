import type { ReactNode } from 'react';
import { Tooltip } from 'antd';

/**
 * The column setting for long names (an agreement, a file, a company) in a table that must fit a laptop's screen:
 * cut to the column's width with an ellipsis; render the cell `withTooltip` to show the whole when pointed at.
 */
export const cutToWidth = { ellipsis: { showTitle: false } } as const;

/** A cell's content with its whole text in a tooltip, for a column that may cut it short (`cutToWidth`). */
export function withTooltip(text: string, content: ReactNode = text) {
  return (
    <Tooltip placement="topLeft" title={text}>
      <span>{content}</span>
    </Tooltip>
  );
}
