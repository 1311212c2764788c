import { useState } from 'react';
import { Alert, Col, Row, Select, Space, Table, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { AgreementDiff, Language } from '@gigpact/contracts';
import { errorMessage } from '../../api/api-error';
import { formatCityTime } from '../../shared/city-time';
import { useLanguage } from '../../shell/session';
import { agreementKeys, diffVersions, listVersions } from './api';
import { formatValue } from './clause';

type Change = AgreementDiff['changes'][number];

/** A changed value as text; a clause as its title and text in the reader's language. */
function describe(value: unknown, language: Language, separator: string, listSeparator: string): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'object' && 'title' in value && 'text' in value) {
    const clause = value as { title: string; text: string; title_en?: string; text_en?: string };
    const english = language === 'en';
    return `${(english && clause.title_en) || clause.title}${separator}${(english && clause.text_en) || clause.text}`;
  }
  return typeof value === 'object' && !Array.isArray(value)
    ? JSON.stringify(value, null, 1)
    : formatValue(value, listSeparator);
}

/** The amendment history, and what changed between any two versions, side by side. */
export function VersionHistory({ id, current }: { id: string; current: number }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const [from, setFrom] = useState(Math.max(1, current - 1));
  const [to, setTo] = useState(current);
  const versions = useQuery({ queryKey: agreementKeys.versions(id), queryFn: () => listVersions(id) });
  const diff = useQuery({
    queryKey: agreementKeys.diff(id, from, to),
    queryFn: () => diffVersions(id, from, to),
    enabled: from !== to,
  });
  const options = (versions.data?.items ?? []).map((v) => ({
    value: v.number,
    label: `#${v.number} ${v.label ?? ''}`,
  }));

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Table
        rowKey="number"
        size="small"
        loading={versions.isLoading}
        dataSource={versions.data?.items ?? []}
        pagination={false}
        columns={[
          {
            title: t('agreements.history.number'),
            dataIndex: 'number',
            width: 80,
            render: (n: number) => `#${n}`,
          },
          { title: t('agreements.history.label'), dataIndex: 'label', width: 90 },
          { title: t('agreements.history.summary'), dataIndex: 'summary' },
          { title: t('agreements.history.author'), dataIndex: 'createdBy', width: 200 },
          {
            title: t('agreements.history.at'),
            dataIndex: 'createdAt',
            width: 200,
            render: (v: string) => formatCityTime(v),
          },
        ]}
      />
      {options.length > 1 && (
        <div>
          <Typography.Title level={5}>{t('agreements.history.compare')}</Typography.Title>
          <Space>
            <label htmlFor="diff-from">{t('agreements.history.from')}</label>
            <Select id="diff-from" style={{ width: 140 }} value={from} onChange={setFrom} options={options} />
            <label htmlFor="diff-to">{t('agreements.history.to')}</label>
            <Select id="diff-to" style={{ width: 140 }} value={to} onChange={setTo} options={options} />
          </Space>
          {diff.error && <Alert type="error" title={errorMessage(diff.error, language)} />}
          {diff.data && diff.data.changes.length === 0 && (
            <Typography.Paragraph type="secondary">{t('agreements.history.noChanges')}</Typography.Paragraph>
          )}
          {diff.data && diff.data.changes.length > 0 && (
            <Table<Change>
              style={{ marginTop: 12 }}
              rowKey={(c) => `${c.kind}:${c.clauseId ?? ''}:${c.field ?? ''}`}
              size="small"
              pagination={false}
              dataSource={diff.data.changes}
              columns={[
                {
                  title: t('agreements.history.change'),
                  dataIndex: 'kind',
                  width: 120,
                  render: (kind: Change['kind']) => t(`agreements.history.kinds.${kind}`),
                },
                {
                  title: t('agreements.history.target'),
                  width: 140,
                  render: (_, c) => [c.clauseId, c.field].filter(Boolean).join(' · '),
                },
                {
                  title: `${t('agreements.history.before')} (#${from})`,
                  render: (_, c) => <DiffCell value={c.before} tone="removed" />,
                },
                {
                  title: `${t('agreements.history.after')} (#${to})`,
                  render: (_, c) => <DiffCell value={c.after} tone="added" />,
                },
              ]}
            />
          )}
        </div>
      )}
    </Space>
  );
}

function DiffCell({ value, tone }: { value: unknown; tone: 'added' | 'removed' }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  return (
    <Row>
      <Col
        span={24}
        style={{
          whiteSpace: 'pre-wrap',
          background:
            value === null || value === undefined ? undefined : tone === 'added' ? '#f0f9eb' : '#fdf2f2',
          padding: 4,
        }}
      >
        {describe(value, language, t('agreements.clauses.separator'), t('agreements.clauses.listSeparator'))}
      </Col>
    </Row>
  );
}
