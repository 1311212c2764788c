import type { ReactNode } from 'react';

/**
 * A short value that must not break across lines — a date, a time, a period, a case number: on a narrow screen
 * `2025-05-01` would otherwise end a line at its hyphen. The line around it still wraps before or after it. Also a
 * `Trans` component (`<day>{{from}}</day>` in a text), which gives it its children.
 */
export function OneLine({ children }: { children?: ReactNode }) {
  return <span style={{ whiteSpace: 'nowrap' }}>{children}</span>;
}
