import { moneyLabel } from '@gigpact/contracts';
import { Alert, Flex, Table, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { AuditClauseView } from '@gigpact/contracts';
import { useLanguage } from '../../shell/session';
import { auditKeys, getClauses } from './api';
import { titleIn } from './labels';

const orDash = (n: number | null) => n ?? '—';

/**
 * The run's figures per clause: checked, unchecked and violations of the whole run (for the city's readers
 * only, the others told why they see a dash), and the violations and amount inside the reader's scope.
 */
export function ClausesTable({ runId }: { runId: string }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const clauses = useQuery({ queryKey: auditKeys.clauses(runId), queryFn: () => getClauses(runId) });
  return (
    <Flex vertical gap="small">
      {clauses.data && !clauses.data.cityWide && (
        <Alert
          type="info"
          showIcon
          data-testid="audit-clauses-scope"
          message={t('audits.clauses.scopedOnly')}
        />
      )}
      <Table<AuditClauseView>
        rowKey="clauseId"
        size="small"
        data-testid="audit-clauses"
        loading={clauses.isLoading}
        dataSource={clauses.data?.items ?? []}
        pagination={false}
        scroll={{ x: 1010 }}
        columns={[
          {
            title: t('audits.clauses.clause'),
            dataIndex: 'title',
            width: 170,
            render: (title: string, c) => `${c.clauseId} ${titleIn(language, title, c.titleEn)}`,
          },
          {
            title: t('audits.clauses.rule'),
            dataIndex: 'rule',
            width: 200,
            render: (r: string | null) => r ?? '—',
          },
          {
            title: t('audits.clauses.status'),
            dataIndex: 'status',
            width: 90,
            render: (s: AuditClauseView['status'], c) =>
              s === 'applicable' ? (
                <Tag color="green">{t('audits.clauses.applicable')}</Tag>
              ) : s === 'text_only' ? (
                <Tag>{t('audits.clauses.textOnly')}</Tag>
              ) : (
                <Tag color="orange" style={{ whiteSpace: 'normal' }}>
                  {t('audits.clauses.notApplicable', { columns: c.missing.join(', ') })}
                </Tag>
              ),
          },
          {
            title: t('audits.clauses.checked'),
            dataIndex: 'checked',
            width: 80,
            align: 'right',
            render: orDash,
          },
          {
            title: t('audits.clauses.unchecked'),
            dataIndex: 'unchecked',
            width: 100,
            align: 'right',
            render: orDash,
          },
          {
            title: t('audits.clauses.violations'),
            dataIndex: 'violations',
            width: 100,
            align: 'right',
            render: orDash,
          },
          { title: t('audits.clauses.inScope'), dataIndex: 'violationsInScope', width: 120, align: 'right' },
          {
            title: t('audits.clauses.amount'),
            dataIndex: 'amountInScope',
            width: 150,
            align: 'right',
            render: (a: string) => moneyLabel(a),
          },
        ]}
      />
      <Typography.Text type="secondary" data-testid="audit-clauses-as-audited">
        {t('audits.clauses.asAudited')}
      </Typography.Text>
    </Flex>
  );
}
