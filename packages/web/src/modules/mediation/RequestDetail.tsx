import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Descriptions,
  Flex,
  List,
  Row,
  Space,
  Spin,
  Tag,
  Typography,
} from 'antd';
import { FilePdfOutlined, FileWordOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorMessage } from '../../api/api-error';
import { downloadFile } from '../../api/files';
import { useLanguage } from '../../shell/session';
import { formatTime } from '../admin/format';
import { formatYuan, typeLabel } from '../cases/labels';
import { agreementPath, getRequest, handoffPath, mediationKeys } from './api';
import { isOpen, mediationColours, mediationStatusLabel } from './labels';
import { OutcomeForm } from './OutcomeForm';
import { SessionForm } from './SessionForm';
import { BackLink } from '../../shared/BackLink';
import { LoadFailure } from '../../shared/LoadFailure';

/**
 * One mediation request: the claim, its sittings, its outcome and its document: the agreement once agreed, the
 * hand-off once handed to labour arbitration.
 */
export function RequestDetail({ id }: { id: string }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { message } = App.useApp();
  const query = useQuery({ queryKey: mediationKeys.detail(id), queryFn: () => getRequest(id) });
  const back = <BackLink to="/mediation">{t('mediation.detail.back')}</BackLink>;
  if (query.isLoading) return <Spin />;
  if (!query.data)
    return <LoadFailure error={query.error} notFound={t('mediation.detail.notFound')} back={back} />;
  const m = query.data;
  const agreement = (format: 'pdf' | 'docx') =>
    downloadFile(agreementPath(id), `${m.number}.${format}`, { format }).catch((error: unknown) => {
      void message.error(errorMessage(error, language));
    });
  const handoff = (format: 'pdf' | 'docx') =>
    downloadFile(handoffPath(id), `${m.number}-移交仲裁.${format}`, { format }).catch((error: unknown) => {
      void message.error(errorMessage(error, language));
    });

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="mediation-detail">
      {back}
      <Flex wrap gap={8} align="center">
        <Typography.Title level={4} style={{ margin: 0 }}>
          {m.number}
        </Typography.Title>
        <Tag color={mediationColours[m.status]} data-testid="mediation-status">
          {mediationStatusLabel(m.status, language)}
        </Tag>
      </Flex>
      {m.status === 'agreed' && (
        <Card size="small" title={t('mediation.detail.agreement')} data-testid="mediation-agreement">
          <Space wrap>
            <Button type="primary" icon={<FilePdfOutlined />} onClick={() => void agreement('pdf')}>
              PDF
            </Button>
            <Button icon={<FileWordOutlined />} onClick={() => void agreement('docx')}>
              DOCX
            </Button>
          </Space>
        </Card>
      )}
      {m.status === 'arbitration' && (
        <Card size="small" title={t('mediation.detail.handoff')} data-testid="mediation-handoff">
          <Space wrap>
            <Button type="primary" icon={<FilePdfOutlined />} onClick={() => void handoff('pdf')}>
              PDF
            </Button>
            <Button icon={<FileWordOutlined />} onClick={() => void handoff('docx')}>
              DOCX
            </Button>
          </Space>
        </Card>
      )}
      {!m.personalData && <Alert type="info" showIcon title={t('mediation.detail.masked')} />}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <Descriptions bordered size="small" column={1} title={t('mediation.detail.facts')}>
            <Descriptions.Item label={t('mediation.detail.centre')}>{m.centreName}</Descriptions.Item>
            {m.caseId && (
              <Descriptions.Item label={t('mediation.detail.case')}>
                <Link to={`/cases/${m.caseId}`}>{t('mediation.detail.case')}</Link>
              </Descriptions.Item>
            )}
            <Descriptions.Item label={t('mediation.detail.applicant')}>
              {m.applicant} · {m.applicantPhone}
            </Descriptions.Item>
            <Descriptions.Item label={t('mediation.detail.respondent')}>{m.respondentName}</Descriptions.Item>
            <Descriptions.Item label={t('mediation.detail.claimType')}>
              {typeLabel(m.claimType, language)}
            </Descriptions.Item>
            <Descriptions.Item label={t('mediation.detail.amountClaimed')}>
              {formatYuan(m.amountClaimed)}
            </Descriptions.Item>
            <Descriptions.Item label={t('mediation.detail.amountRecovered')}>
              <span data-testid="amount-recovered">{formatYuan(m.amountRecovered)}</span>
            </Descriptions.Item>
            <Descriptions.Item label={t('mediation.detail.description')}>
              <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>
                {m.description}
              </Typography.Paragraph>
            </Descriptions.Item>
            {m.agreedOn && (
              <Descriptions.Item label={t('mediation.detail.agreedOn')}>{m.agreedOn}</Descriptions.Item>
            )}
            {m.terms && <Descriptions.Item label={t('mediation.detail.terms')}>{m.terms}</Descriptions.Item>}
            {m.arbitrationBody && (
              <Descriptions.Item label={t('mediation.detail.arbitrationBody')}>
                {m.arbitrationBody}
              </Descriptions.Item>
            )}
            {m.handedOffOn && (
              <Descriptions.Item label={t('mediation.detail.handedOffOn')}>{m.handedOffOn}</Descriptions.Item>
            )}
            {m.outcomeNote && m.status !== 'withdrawn' && (
              <Descriptions.Item label={t('mediation.detail.outcomeNote')}>{m.outcomeNote}</Descriptions.Item>
            )}
          </Descriptions>
        </Col>
        <Col xs={24} lg={10}>
          <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
            <Card size="small" title={t('mediation.sessions.title')} data-testid="mediation-sessions">
              <List
                size="small"
                dataSource={m.sessions}
                locale={{ emptyText: t('mediation.sessions.none') }}
                renderItem={(s) => (
                  <List.Item>
                    <Space orientation="vertical" size={0}>
                      <Typography.Text strong>{formatTime(s.heldAt, '')}</Typography.Text>
                      <Typography.Text>{s.place}</Typography.Text>
                      {s.notes && <Typography.Text type="secondary">{s.notes}</Typography.Text>}
                    </Space>
                  </List.Item>
                )}
              />
              {isOpen(m.status) && <SessionForm request={m} />}
            </Card>
            {isOpen(m.status) ? (
              <OutcomeForm request={m} />
            ) : (
              <Card size="small" title={t('mediation.outcome.title')}>
                {t('mediation.outcome.done')}
              </Card>
            )}
          </Space>
        </Col>
      </Row>
    </Space>
  );
}
