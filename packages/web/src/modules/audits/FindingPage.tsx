import { cellText, moneyLabel, moneyShownExactly } from '@gigpact/contracts';
import { Card, Descriptions, Empty, Space, Table, Tag, Timeline, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/api-error';
import { useLanguage, useSession } from '../../shell/session';
import { formatTime } from '../admin/format';
import { auditKeys, getFinding } from './api';
import { ColumnTitle } from './ColumnTitle';
import { actionsFor, FindingActions } from './FindingActions';
import { districtLabel, findingDistrictsLabel, liableLabel, stateColours, titleIn, traceIn } from './labels';
import { usePlatformLabel } from '../../shared/platform-names';
import { BackLink } from '../../shared/BackLink';

/** One finding: who and what, why in words, the data it rests on, its review history and what may be done. */
export function FindingPage({ runId, findingKey }: { runId: string; findingKey: string }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const session = useSession();
  const platformName = usePlatformLabel(language);
  const detail = useQuery({
    queryKey: auditKeys.finding(runId, findingKey),
    queryFn: () => getFinding(runId, findingKey),
  });
  if (detail.error)
    return (
      <Space orientation="vertical">
        <BackLink to={`/audits/runs/${runId}?tab=findings`}>{t('audits.finding.back')}</BackLink>
        <Typography.Text type="danger">{errorMessage(detail.error, language)}</Typography.Text>
      </Space>
    );
  if (!detail.data) return null;
  const d = detail.data;
  const f = d.finding;
  const columns = Object.keys(d.evidenceRows[0] ?? {});
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <BackLink to={`/audits/runs/${runId}?tab=findings`}>{t('audits.finding.back')}</BackLink>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {f.clauseId} {titleIn(language, d.clauseTitle, d.clauseTitleEn)}{' '}
        <Tag color={stateColours[f.state]} data-testid="finding-state">
          {t(`audits.states.${f.state}`)}
        </Tag>
      </Typography.Title>
      <Descriptions size="small" bordered column={{ xs: 1, md: 3 }}>
        <Descriptions.Item label={t('audits.clauses.rule')}>{f.rule}</Descriptions.Item>
        <Descriptions.Item label={t('audits.findings.liable')}>
          {liableLabel(f.liable, language)}
        </Descriptions.Item>
        <Descriptions.Item label={t('audits.findings.key')}>{f.findingKey}</Descriptions.Item>
        <Descriptions.Item label={t('audits.findings.platform')}>
          {platformName(f.platform)}
        </Descriptions.Item>
        <Descriptions.Item label={t('audits.findings.district')}>
          {findingDistrictsLabel(f, language)}
        </Descriptions.Item>
        <Descriptions.Item label={t('audits.findings.franchisee')}>{f.franchisee ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('audits.findings.worker')}>{f.worker ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('audits.findings.day')}>{f.day ?? f.month ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('audits.findings.amount')}>
          {moneyLabel(f.amount)}
          {f.amount && !moneyShownExactly(f.amount) && (
            <Typography.Text type="secondary">
              {' '}
              ({t('audits.finding.exactAmount', { amount: f.amount })})
            </Typography.Text>
          )}
        </Descriptions.Item>
        <Descriptions.Item label={t('audits.run.hash')} span={3}>
          <Typography.Text code>{d.resultHash}</Typography.Text>
        </Descriptions.Item>
      </Descriptions>
      <Card size="small" title={t('audits.finding.trace')}>
        <Typography.Paragraph data-testid="finding-trace">
          {traceIn(language, d.trace, { id: f.clauseId, title: d.clauseTitle, titleEn: d.clauseTitleEn })}
        </Typography.Paragraph>
        {d.params.length > 0 && (
          <Descriptions size="small" title={t('audits.finding.params')} column={1}>
            {d.params.map((p) => (
              <Descriptions.Item
                key={p.name}
                label={t('audits.finding.param', { name: p.name, meaning: p[language] })}
              >
                {p.value ?? '—'}
              </Descriptions.Item>
            ))}
          </Descriptions>
        )}
      </Card>
      <Card size="small" title={t('audits.finding.evidenceRows')}>
        <Table
          size="small"
          rowKey={(_row, i) => String(i)}
          data-testid="finding-evidence"
          dataSource={d.evidenceRows}
          pagination={false}
          scroll={{ x: Math.max(800, columns.length * 140) }}
          columns={columns.map((c) => ({
            title: <ColumnTitle name={c} language={language} kind={f.dataset} />,
            dataIndex: c,
            render: (v: string | null) =>
              c === 'district'
                ? districtLabel(v, language)
                : c === 'platform'
                  ? platformName(v)
                  : v === null
                    ? '—'
                    : cellText(f.dataset, c, v, language),
          }))}
        />
      </Card>
      {actionsFor(session.data?.user.role, f).length > 0 && (
        <Card size="small" title={t('audits.finding.actions')}>
          <FindingActions runId={runId} finding={f} role={session.data?.user.role} />
        </Card>
      )}
      <Card size="small" title={t('audits.finding.history')}>
        {d.history.length === 0 ? (
          <Empty description={t('audits.finding.noHistory')} />
        ) : (
          <Timeline
            data-testid="finding-history"
            items={d.history.map((h) => ({
              children: (
                <Space orientation="vertical" size={0}>
                  <Typography.Text strong>
                    {formatTime(h.at, '')} · {h.actorName} · {t(`audits.states.${h.fromState}`)} →{' '}
                    {t(`audits.states.${h.toState}`)}
                  </Typography.Text>
                  {h.note && (
                    <Typography.Text>
                      {h.action === 'dispute' ? t('audits.finding.replyNote', { note: h.note }) : h.note}
                    </Typography.Text>
                  )}
                  {h.evidence.map((e, i) => (
                    <Typography.Text type="secondary" key={i}>
                      ·{' '}
                      {e.fileName
                        ? t('audits.finding.evidenceFile', { description: e.description, file: e.fileName })
                        : e.description}
                    </Typography.Text>
                  ))}
                </Space>
              ),
            }))}
          />
        )}
      </Card>
    </Space>
  );
}
