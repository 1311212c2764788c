import { Col, Progress, Row, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CampaignFigures as Figures } from '@gigpact/contracts';
import { checkedShare } from './campaign-form';

const order = [
  'targets',
  'checked',
  'workersCovered',
  'issuesFound',
  'casesFiled',
  'administrativePenalties',
  'guidanceSent',
] as const;

/** The campaign's roll-up, as the union reports it. */
export function CampaignFigures({ figures, compact = false }: { figures: Figures; compact?: boolean }) {
  const { t } = useTranslation();
  return (
    <Row gutter={[16, 8]} data-testid="campaign-figures">
      {order.map((key) => (
        <Col key={key} xs={12} sm={8} md={compact ? 6 : 3}>
          <Statistic
            title={t(`cases.campaigns.figures.${key}`)}
            value={figures[key]}
            data-testid={`figure-${key}`}
          />
        </Col>
      ))}
      {!compact && (
        <Col xs={24} md={3}>
          <Progress type="circle" size={64} percent={checkedShare(figures)} />
        </Col>
      )}
    </Row>
  );
}
