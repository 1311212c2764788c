import { Tooltip } from 'antd';
import { auditColumnLabel, type Language } from '@gigpact/contracts';

/** A table header for a data column: its name in the reader's language, the raw column name as its tooltip. */
export function ColumnTitle({ name, language, kind }: { name: string; language: Language; kind?: string }) {
  const label = auditColumnLabel(name, kind);
  if (!label) return <span>{name}</span>;
  return (
    <Tooltip title={name}>
      <span data-column={name}>{label[language]}</span>
    </Tooltip>
  );
}
