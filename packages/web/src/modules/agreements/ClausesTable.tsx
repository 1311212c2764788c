import { Space, Table, Tag, Tooltip, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../shell/session';
import { agreementKeys, listRules } from './api';
import { formatValue, isDated, type Clause } from './clause';

/** Every clause with its text, the rule that checks it, its parameters (with effective dates) and sources. */
export function ClausesTable({ clauses }: { clauses: Clause[] }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const rules = useQuery({ queryKey: agreementKeys.rules, queryFn: listRules, staleTime: Infinity });
  const ruleById = new Map((rules.data?.items ?? []).map((r) => [r.id, r]));

  return (
    <Table<Clause>
      rowKey="id"
      dataSource={clauses}
      pagination={false}
      scroll={{ x: 900 }}
      size="middle"
      columns={[
        { title: t('agreements.clauses.id'), dataIndex: 'id', width: 70 },
        {
          title: t('agreements.clauses.title'),
          width: 320,
          render: (_, clause) => (
            <Space direction="vertical" size={2}>
              <Typography.Text strong>
                {language === 'en' && clause.title_en ? clause.title_en : clause.title}
              </Typography.Text>
              <Typography.Text type="secondary">
                {language === 'en' && clause.text_en ? clause.text_en : clause.text}
              </Typography.Text>
            </Space>
          ),
        },
        {
          title: t('agreements.clauses.rule'),
          width: 220,
          render: (_, clause) => {
            if (clause.check) return <Tag color="purple">{t('agreements.clauses.custom')}</Tag>;
            if (!clause.rule)
              return <Typography.Text type="secondary">{t('agreements.clauses.textOnly')}</Typography.Text>;
            const rule = ruleById.get(clause.rule);
            const title = language === 'en' ? rule?.title_en : rule?.title_zh;
            return (
              <Space direction="vertical" size={0}>
                <Typography.Text code>{clause.rule}</Typography.Text>
                {title && <Typography.Text type="secondary">{title}</Typography.Text>}
              </Space>
            );
          },
        },
        {
          title: t('agreements.clauses.params'),
          render: (_, clause) => {
            const rule = clause.rule ? ruleById.get(clause.rule) : undefined;
            return (
              <Space direction="vertical" size={2}>
                {Object.entries(clause.params ?? {}).map(([name, value]) => {
                  const spec = rule?.params[name];
                  const label = spec ? (language === 'en' ? spec.en : spec.zh) : name;
                  const sources = clause.param_sources?.[name] ?? spec?.sources ?? [];
                  return (
                    <div key={name}>
                      <Tooltip title={name}>
                        <Typography.Text>{label}：</Typography.Text>
                      </Tooltip>
                      {isDated(value) ? (
                        value.map((v) => (
                          <Tag key={v.from}>
                            {formatValue(v.value)} {t('agreements.clauses.from', { date: v.from })}
                          </Tag>
                        ))
                      ) : (
                        <Tag>{formatValue(value)}</Tag>
                      )}
                      {sources.map((s) => (
                        <Tag key={s} bordered={false} color="blue">
                          {s}
                        </Tag>
                      ))}
                    </div>
                  );
                })}
              </Space>
            );
          },
        },
        {
          title: t('agreements.clauses.sources'),
          dataIndex: 'sources',
          width: 120,
          render: (sources: string[] | undefined) => (sources ?? []).map((s) => <Tag key={s}>{s}</Tag>),
        },
      ]}
    />
  );
}
