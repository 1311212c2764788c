import { Alert, Col, Descriptions, Flex, Row, Space, Spin, Tag, Typography } from 'antd';
import { WarningOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { regionTree } from '@gigpact/contracts';
import { placeOf } from '../../registry/scope';
import { useLanguage, useSession } from '../../../shell/session';
import { caseKeys, getCase } from '../api';
import { formatYuan, sourceLabel, statusColours, statusLabel, typeLabel } from '../labels';
import { caseAbilities } from '../permissions';
import { officeName } from '../labels';
import { AttachmentsCard } from './AttachmentsCard';
import { CaseActions } from './CaseActions';
import { DeadlinesCard } from './DeadlinesCard';
import { EvidenceCard } from './EvidenceCard';
import { LettersCard } from './LettersCard';
import { OutcomesCard } from './OutcomesCard';
import { PartiesCard } from './PartiesCard';
import { TimelineCard } from './TimelineCard';
import { BackLink } from '../../../shared/BackLink';
import { LoadFailure } from '../../../shared/LoadFailure';
import { platformLabelOfName, usePlatformNames } from '../../../shared/platform-names';

/** One case: its facts and parties, what may be done next, its deadlines, letters, outcomes and timeline. */
export function CaseDetailView({ id }: { id: string }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const session = useSession();
  const platforms = usePlatformNames();
  const query = useQuery({ queryKey: caseKeys.detail(id), queryFn: () => getCase(id) });
  const back = <BackLink to="/cases">{t('cases.detail.back')}</BackLink>;
  if (query.isLoading) return <Spin />;
  if (query.error || !query.data)
    return <LoadFailure error={query.error} notFound={t('cases.detail.notFound')} back={back} />;
  const c = query.data;
  const abilities = caseAbilities(session.data?.user.role ?? 'worker');

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="case-detail">
      {back}
      <Flex wrap gap={8} align="center">
        <Typography.Title level={4} style={{ margin: 0 }}>
          {c.title}
        </Typography.Title>
        <Tag color={statusColours[c.status]} data-testid="case-status">
          {statusLabel(c.status, language)}
        </Tag>
        {c.overdue && (
          <Tag color="error" icon={<WarningOutlined />}>
            {t('cases.list.overdue')}
          </Tag>
        )}
        <Typography.Text type="secondary" copyable data-testid="case-number">
          {c.number}
        </Typography.Text>
      </Flex>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={15}>
          <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
            <Descriptions bordered size="small" column={{ xs: 1, sm: 2 }} title={t('cases.detail.facts')}>
              <Descriptions.Item label={t('cases.detail.type')}>
                {typeLabel(c.type, language)}
              </Descriptions.Item>
              <Descriptions.Item label={t('cases.detail.source')}>
                {sourceLabel(c.source, language)}
              </Descriptions.Item>
              <Descriptions.Item label={t('cases.detail.place')}>
                {placeOf(c, regionTree, language)}
              </Descriptions.Item>
              <Descriptions.Item label={t('cases.detail.office')}>
                {officeName(c.office, language)}
              </Descriptions.Item>
              <Descriptions.Item label={t('cases.detail.platform')}>
                {platformLabelOfName(c.platformName, platforms, language)}
              </Descriptions.Item>
              <Descriptions.Item label={t('cases.detail.openedOn')}>{c.openedOn}</Descriptions.Item>
              <Descriptions.Item label={t('cases.detail.occurredOn')}>
                {c.occurredOn ?? '—'}
              </Descriptions.Item>
              <Descriptions.Item label={t('cases.detail.workers')}>{c.workersAffected}</Descriptions.Item>
              <Descriptions.Item label={t('cases.detail.amount')}>
                {formatYuan(c.amountClaimed)}
              </Descriptions.Item>
              {c.referredTo && (
                <Descriptions.Item label={t('cases.detail.referredTo')}>
                  {officeName(`district:${c.referredTo}`, language)}
                </Descriptions.Item>
              )}
            </Descriptions>
            {/* The facts on a row of their own: beside the short values, a long text would squeeze them. */}
            <Descriptions bordered size="small" column={1} style={{ marginTop: -8 }}>
              <Descriptions.Item label={t('cases.detail.description')}>
                <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>
                  {c.description}
                </Typography.Paragraph>
              </Descriptions.Item>
            </Descriptions>
            <PartiesCard detail={c} />
            {c.evidence && (
              <EvidenceCard
                evidence={c.evidence}
                caseId={c.id}
                caseNumber={c.number}
                referred={c.referredTo !== null}
              />
            )}
            <LettersCard detail={c} abilities={abilities} />
            <OutcomesCard detail={c} abilities={abilities} />
            <AttachmentsCard detail={c} abilities={abilities} />
          </Space>
        </Col>
        <Col xs={24} lg={9}>
          <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
            {abilities.handle || abilities.refer ? (
              <CaseActions detail={c} abilities={abilities} />
            ) : (
              <Alert type="info" showIcon title={t('cases.actions.noActions')} />
            )}
            <DeadlinesCard deadlines={c.deadlines} />
            <TimelineCard timeline={c.timeline} />
          </Space>
        </Col>
      </Row>
    </Space>
  );
}
