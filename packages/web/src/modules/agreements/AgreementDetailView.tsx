import { useState } from 'react';
import { Alert, Descriptions, Flex, Segmented, Space, Tabs, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { agreementCoverageOf } from '@gigpact/contracts';
import { Link, useNavigate } from 'react-router';
import { errorMessage } from '../../api/api-error';
import { PageSpinner } from '../../shell/PageSpinner';
import { useLanguage, useSession } from '../../shell/session';
import { agreementKeys, getAgreement } from './api';
import { ClausesTable } from './ClausesTable';
import { CoverageTags } from './CoverageTags';
import { AgreementEditor } from './AgreementEditor';
import { InForceHint } from './InForceHint';
import { industryLabel, statusColours, statusLabel } from './labels';
import { mayMoveTo, StatusActions } from './StatusActions';
import { VersionHistory } from './VersionHistory';
import { ClauseFormEditor } from './form/ClauseFormEditor';
import { NewAgreementForm } from './form/NewAgreementForm';
import { MeetingForm } from './meetings/MeetingForm';
import { MeetingsTab } from './meetings/MeetingsTab';
import { MeetingView } from './meetings/MeetingView';
import type { Clause } from './clause';

const tabs = ['clauses', 'meetings', 'source', 'history', 'form', 'edit'] as const;

export function AgreementDetailView({
  id,
  tab,
  rest = [],
}: {
  id: string;
  tab: string | undefined;
  rest?: string[];
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const session = useSession();
  const navigate = useNavigate();
  const isNew = id === 'new';
  const query = useQuery({
    queryKey: agreementKeys.detail(id),
    queryFn: () => getAgreement(id),
    enabled: !isNew,
  });
  const back = (
    <Link to="/agreements" style={{ display: 'inline-block', marginBottom: 12 }}>
      ← {t('agreements.detail.back')}
    </Link>
  );

  if (isNew) {
    return (
      <>
        {back}
        <Typography.Title level={4}>{t('agreements.newAgreement')}</Typography.Title>
        <NewAgreement />
      </>
    );
  }
  if (query.isLoading) return <PageSpinner />;
  if (query.error || !query.data) {
    return (
      <>
        {back}
        <Alert type="error" showIcon title={errorMessage(query.error, language)} />
      </>
    );
  }
  const agreement = query.data;
  const document = agreement.document as {
    platform?: string | string[];
    parties?: { name: string; role: string }[];
    clauses: Clause[];
    effective_to?: string;
    scope?: { districts?: string[]; rider_types?: string[]; franchisees?: string[] };
  };
  const coverage = agreementCoverageOf(document);
  // Only those who may draft (a city administrator, a district officer) get the YAML editor; the server refuses
  // the others' saves, and an address to it opens the clauses instead.
  const mayDraft = mayMoveTo(session.data?.user.role, 'negotiating');
  const active = tabs.find((x) => x === tab && (x !== 'edit' || mayDraft)) ?? 'clauses';

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      {back}
      <Flex justify="space-between" align="start" wrap gap={12}>
        <div>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {language === 'en' && agreement.titleEn ? agreement.titleEn : agreement.title}
          </Typography.Title>
          <Typography.Text type="secondary">{agreement.id}</Typography.Text>
        </div>
        <StatusActions agreement={agreement} />
      </Flex>
      <Descriptions size="small" column={{ xs: 1, md: 3 }} bordered>
        <Descriptions.Item label={t('agreements.columns.status')}>
          <Space size={4} wrap>
            <Tag color={statusColours[agreement.status]}>{statusLabel(agreement.status, language)}</Tag>
            <InForceHint agreement={agreement} />
          </Space>
        </Descriptions.Item>
        <Descriptions.Item label={t('agreements.columns.industry')}>
          {industryLabel(agreement.industry, language)}
        </Descriptions.Item>
        <Descriptions.Item label={t('agreements.columns.effectiveFrom')}>
          {agreement.effectiveFrom}
        </Descriptions.Item>
        <Descriptions.Item label={t('agreements.detail.version')}>
          {agreement.versionLabel ?? ''} (
          {t('agreements.detail.versionOf', { number: agreement.currentVersion })})
        </Descriptions.Item>
        {document.effective_to && (
          <Descriptions.Item label={t('agreements.detail.effectiveTo')}>
            {document.effective_to}
          </Descriptions.Item>
        )}
        <Descriptions.Item label={t('agreements.detail.coverage')}>
          <CoverageTags coverage={coverage} />
        </Descriptions.Item>
        <Descriptions.Item label={t('agreements.detail.parent')}>
          {agreement.parentId ? (
            <Link to={`/agreements/${agreement.parentId}`}>{agreement.parentId}</Link>
          ) : (
            '—'
          )}
        </Descriptions.Item>
        <Descriptions.Item label={t('agreements.detail.parties')} span={3}>
          {(document.parties ?? []).map((p) => p.name).join('、') || '—'}
        </Descriptions.Item>
      </Descriptions>
      <Tabs
        activeKey={active}
        onChange={(key) => void navigate(`/agreements/${encodeURIComponent(id)}/${key}`)}
        destroyOnHidden
        items={[
          {
            key: 'clauses',
            label: t('agreements.detail.clausesTab'),
            children: <ClausesTable clauses={document.clauses} />,
          },
          {
            key: 'meetings',
            label: t('agreements.meetings.tab'),
            children: meetingPage(id, rest, document.clauses),
          },
          {
            key: 'source',
            label: t('agreements.detail.sourceTab'),
            children: (
              <pre
                className="agreement-source"
                style={{ maxHeight: 520, overflow: 'auto', background: '#fafafa', padding: 12 }}
              >
                {agreement.source}
              </pre>
            ),
          },
          {
            key: 'history',
            label: t('agreements.detail.historyTab'),
            children: <VersionHistory id={id} current={agreement.currentVersion} />,
          },
          {
            key: 'form',
            label: t('agreements.form.tab'),
            disabled: !mayDraft,
            children: <ClauseFormEditor existing={agreement} />,
          },
          ...(mayDraft
            ? [
                {
                  key: 'edit',
                  label: t('agreements.detail.editTab'),
                  children: <AgreementEditor existing={agreement} />,
                },
              ]
            : []),
        ]}
      />
    </Space>
  );
}

/** The meetings tab: the list, one meeting, its edit form or the form for a new one. */
function meetingPage(agreementId: string, rest: string[], clauses: Clause[]) {
  const [meetingId, action] = rest;
  if (meetingId === 'new') return <MeetingForm agreementId={agreementId} clauses={clauses} />;
  if (meetingId && action === 'edit')
    return <MeetingForm agreementId={agreementId} clauses={clauses} meetingId={meetingId} />;
  if (meetingId) return <MeetingView agreementId={agreementId} meetingId={meetingId} />;
  return <MeetingsTab agreementId={agreementId} />;
}

/** A new agreement: from forms (the agreement, then its clauses) or from its YAML text. */
function NewAgreement() {
  const { t } = useTranslation();
  const [mode, setMode] = useState<'form' | 'yaml'>('form');
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Segmented<'form' | 'yaml'>
        aria-label={t('agreements.form.startMode')}
        value={mode}
        onChange={setMode}
        options={[
          { value: 'form', label: t('agreements.form.startForm') },
          { value: 'yaml', label: t('agreements.form.startYaml') },
        ]}
        data-testid="new-agreement-mode"
      />
      {mode === 'form' ? <NewAgreementForm /> : <AgreementEditor />}
    </Space>
  );
}
