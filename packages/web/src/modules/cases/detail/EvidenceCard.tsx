import { App, Button, Card, Descriptions, List, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { errorMessage } from '../../../api/api-error';
import { downloadFile } from '../../../api/files';
import { useTranslation } from 'react-i18next';
import type { EvidenceBundle } from '@gigpact/contracts';
import { useLanguage } from '../../../shell/session';
import { localized } from '../../../i18n/localized';
import { datasetName } from './timeline-text';

/**
 * What the audit brought: the rule and clause, the result hash that proves the run, and the rows it rests on;
 * once the case is referred, the whole bundle downloads as a spreadsheet for the procuratorate.
 */
export function EvidenceCard({
  evidence,
  caseId,
  caseNumber,
  referred,
}: {
  evidence: EvidenceBundle;
  caseId: string;
  caseNumber: string;
  referred: boolean;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { message } = App.useApp();
  const download = () =>
    downloadFile(`/api/cases/${encodeURIComponent(caseId)}/evidence`, `${caseNumber}-证据包.xlsx`, {
      format: 'xlsx',
    }).catch((error: unknown) => {
      void message.error(errorMessage(error, language));
    });
  return (
    <Card
      size="small"
      title={t('cases.evidence.title')}
      data-testid="case-evidence"
      extra={
        referred && (
          <Button size="small" icon={<DownloadOutlined />} onClick={() => void download()}>
            {t('cases.evidence.download')}
          </Button>
        )
      }
    >
      <Descriptions size="small" column={1} bordered>
        <Descriptions.Item label={t('cases.evidence.rule')}>
          <Typography.Text code>{evidence.ruleId}</Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label={t('cases.evidence.clause')}>{evidence.clause}</Descriptions.Item>
        <Descriptions.Item label={t('cases.evidence.agreementVersion')}>
          {evidence.agreementVersion}
        </Descriptions.Item>
        {evidence.dataset && (
          <Descriptions.Item label={t('cases.evidence.dataset')}>
            <span title={evidence.dataset}>{datasetName(evidence.dataset, language)}</span>
          </Descriptions.Item>
        )}
        <Descriptions.Item label={t('cases.evidence.resultHash')}>
          <Typography.Text code copyable style={{ wordBreak: 'break-all' }}>
            {evidence.resultHash}
          </Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label={t('cases.evidence.findings', { count: evidence.findingIds.length })}>
          {evidence.findingIds.slice(0, 20).join('、')}
          {evidence.findingIds.length > 20 && ' …'}
        </Descriptions.Item>
        <Descriptions.Item label={t('cases.evidence.rows', { count: evidence.evidenceRowIds.length })}>
          {evidence.evidenceRowIds.slice(0, 20).join('、')}
          {evidence.evidenceRowIds.length > 20 && ' …'}
        </Descriptions.Item>
      </Descriptions>
      {evidence.trace.length > 0 && (
        <List
          size="small"
          header={t('cases.evidence.trace')}
          dataSource={evidence.trace}
          renderItem={(step) => (
            <List.Item>
              <Typography.Text code>{step.step}</Typography.Text> {localized(step, language)}
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
