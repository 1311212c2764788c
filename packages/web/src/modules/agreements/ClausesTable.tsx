import { Grid, List, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { AgreementCheckClause } from '@gigpact/contracts';
import { useLanguage } from '../../shell/session';
import { agreementKeys, listRules, type LibraryRule } from './api';
import { clauseTitleIn, formatValue, isDated, type Clause } from './clause';
import { SourceTag } from '../../shared/SourceTag';

/**
 * Every clause with its text, the rule that checks it, its parameters (with effective dates) and sources; with
 * `explanations`, also what each rule checks in words. A table on wide screens, one block per clause on a phone.
 */
export function ClausesTable({
  clauses,
  explanations,
}: {
  clauses: Clause[];
  explanations?: AgreementCheckClause[];
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const screens = Grid.useBreakpoint();
  const rules = useQuery({ queryKey: agreementKeys.rules, queryFn: listRules, staleTime: Infinity });
  const ruleById = new Map((rules.data?.items ?? []).map((r) => [r.id, r]));
  const explanationOf = (clause: Clause) =>
    explanations?.find((e) => e.clauseId === clause.id)?.explanation?.[language] ?? null;
  const title = (clause: Clause) => clauseTitleIn(language, clause, rules.data?.items ?? []);
  const text = (clause: Clause) => (language === 'en' && clause.text_en ? clause.text_en : clause.text);
  const rule = (clause: Clause) => <RuleCell clause={clause} rule={ruleById.get(clause.rule ?? '')} />;
  const params = (clause: Clause) => (
    <ParamsCell clause={clause} rule={clause.rule ? ruleById.get(clause.rule) : undefined} />
  );
  const sources = (clause: Clause) => (clause.sources ?? []).map((s) => <SourceTag key={s} id={s} />);

  // Below the md breakpoint (768 px) a table of five columns would scroll sideways.
  if (!screens.md)
    return (
      <List<Clause>
        dataSource={clauses}
        rowKey="id"
        data-testid="clauses-list"
        renderItem={(clause) => (
          <List.Item>
            <Space direction="vertical" size={6} style={{ width: '100%', minWidth: 0 }}>
              <Typography.Text strong>
                {clause.id} {title(clause)}
              </Typography.Text>
              <Typography.Text type="secondary">{text(clause)}</Typography.Text>
              {rule(clause)}
              {params(clause)}
              {clause.sources?.length ? <div>{sources(clause)}</div> : null}
              <Explanation text={explanationOf(clause)} />
            </Space>
          </List.Item>
        )}
      />
    );

  return (
    <Table<Clause>
      rowKey="id"
      dataSource={clauses}
      pagination={false}
      scroll={{ x: 900 }}
      size="middle"
      data-testid="clauses-table"
      expandable={
        explanations
          ? {
              expandedRowKeys: clauses.filter((c) => explanationOf(c)).map((c) => c.id),
              expandedRowRender: (clause) => <Explanation text={explanationOf(clause)} />,
              showExpandColumn: false,
            }
          : undefined
      }
      columns={[
        { title: t('agreements.clauses.id'), dataIndex: 'id', width: 70 },
        {
          title: t('agreements.clauses.title'),
          width: 320,
          render: (_, clause) => (
            <Space direction="vertical" size={2}>
              <Typography.Text strong>{title(clause)}</Typography.Text>
              <Typography.Text type="secondary">{text(clause)}</Typography.Text>
            </Space>
          ),
        },
        { title: t('agreements.clauses.rule'), width: 220, render: (_, clause) => rule(clause) },
        { title: t('agreements.clauses.params'), render: (_, clause) => params(clause) },
        { title: t('agreements.clauses.sources'), width: 120, render: (_, clause) => sources(clause) },
      ]}
    />
  );
}

function RuleCell({ clause, rule }: { clause: Clause; rule: LibraryRule | undefined }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  if (clause.check) return <Tag color="purple">{t('agreements.clauses.custom')}</Tag>;
  if (!clause.rule)
    return <Typography.Text type="secondary">{t('agreements.clauses.textOnly')}</Typography.Text>;
  const title = language === 'en' ? rule?.title_en : rule?.title_zh;
  return (
    <Space direction="vertical" size={0}>
      <Typography.Text code>{clause.rule}</Typography.Text>
      {title && <Typography.Text type="secondary">{title}</Typography.Text>}
    </Space>
  );
}

function ParamsCell({ clause, rule }: { clause: Clause; rule: LibraryRule | undefined }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const listSeparator = t('agreements.clauses.listSeparator');
  return (
    <Space direction="vertical" size={2} style={{ maxWidth: '100%' }}>
      {Object.entries(clause.params ?? {}).map(([name, value]) => {
        const spec = rule?.params[name];
        const label = spec ? (language === 'en' ? spec.en : spec.zh) : name;
        const sources = clause.param_sources?.[name] ?? spec?.sources ?? [];
        return (
          <div key={name} style={{ overflowWrap: 'anywhere' }}>
            <Tooltip title={name}>
              <Typography.Text>
                {label}
                {t('agreements.clauses.separator')}
              </Typography.Text>
            </Tooltip>
            {isDated(value) ? (
              value.map((v) => (
                <Tag key={v.from} style={{ whiteSpace: 'normal' }}>
                  {formatValue(v.value, listSeparator)} {t('agreements.clauses.from', { date: v.from })}
                </Tag>
              ))
            ) : (
              <Tag style={{ whiteSpace: 'normal' }}>{formatValue(value, listSeparator)}</Tag>
            )}
            {sources.map((s) => (
              <SourceTag key={s} id={s} color="blue" />
            ))}
          </div>
        );
      })}
    </Space>
  );
}

/** What the clause's rule checks, in words, with the clause's parameters. */
function Explanation({ text }: { text: string | null }) {
  const { t } = useTranslation();
  if (!text) return null;
  return (
    <div data-testid="clause-explanation" style={{ overflowWrap: 'anywhere' }}>
      <Typography.Text type="secondary" strong>
        {t('agreements.clauses.explanation')}
        {t('agreements.clauses.separator')}
      </Typography.Text>
      <Typography.Text>{text}</Typography.Text>
    </div>
  );
}
