import { Alert, Typography } from 'antd';

/**
 * The months a headline fit covers: a warning naming the month the algorithm (or the pay rule) changed and the
 * values before and after, or a quiet note that it held over every month; with the rule that reads a change.
 */
export function FitPeriod({
  text,
  changed,
  rule,
  testId,
}: {
  text: string | null;
  changed: boolean;
  rule: string;
  testId: string;
}) {
  if (text === null) return null;
  if (changed) return <Alert type="warning" showIcon data-testid={testId} title={text} description={rule} />;
  return (
    <Typography.Paragraph type="secondary" style={{ marginBottom: 4 }} data-testid={testId}>
      {text}
      <br />
      {rule}
    </Typography.Paragraph>
  );
}
