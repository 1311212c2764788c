import type { PublicScorecardView, ScorecardPointView } from '@gigpact/contracts';
import { fairworkPrinciples } from '@gigpact/contracts';
import { Alert, Card, Descriptions, List, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { cityDayOf } from '../../../shell/city-today';
import { formatValue } from '../format';

// The comparators as people write them.
const comparators: Record<ScorecardPointView['comparator'], string> = { '>=': '≥', '<=': '≤', '=': '=' };

function Point({
  point,
  firstMissed,
  withLinks,
}: {
  point: ScorecardPointView;
  /** The principle's first point was not awarded: a second point then does not count, whatever its value. */
  firstMissed: boolean;
  withLinks: boolean;
}) {
  const { t } = useTranslation();
  const colour = !point.assessed ? 'default' : point.awarded ? 'green' : 'red';
  const status = !point.assessed
    ? t('governance.scorecards.notAssessed')
    : point.awarded
      ? t('governance.scorecards.awarded')
      : point.level === 2 && firstMissed
        ? t('governance.scorecards.needsFirst')
        : t('governance.scorecards.missed');
  // Shares, flags and per-thousand figures carry their sign in the number; a missing value has no unit.
  const suffix = ['share', 'rate', 'flag', 'per_1000', 'none'].includes(point.unit)
    ? ''
    : ` ${t(`governance.units.${point.unit}`)}`;
  const withUnit = (value: number | null) => {
    const text = formatValue(value, point.unit);
    return text === '—' ? text : `${text}${suffix}`;
  };
  // Signed-in readers follow every link; the public view shows links to public pages only.
  const link =
    point.evidence.link && (withLinks || point.evidence.link.startsWith('/public/'))
      ? point.evidence.link
      : null;
  const evidence = link && (
    <>
      {' '}
      <Link to={link} data-testid={`evidence-${point.id}`}>
        {t(`governance.scorecards.evidenceOf.${point.evidence.target}`)}
      </Link>
    </>
  );
  return (
    <div style={{ marginBottom: 6 }} data-testid={`point-${point.id}`}>
      <Tag color={colour} style={{ whiteSpace: 'normal' }}>
        {point.level} · {status}
      </Tag>
      <Typography.Text style={{ fontSize: 13 }}>
        {point.metric !== 'none' &&
          t('governance.scorecards.measure', {
            metric: t(`governance.metrics.${point.metric}`),
            value: withUnit(point.value),
            comparator: comparators[point.comparator],
            threshold: withUnit(point.threshold),
          })}
        {evidence}
      </Typography.Text>
    </div>
  );
}

/**
 * One platform's card: five principles of two points, each with its value, threshold and a link to its
 * evidence; replies. `withLinks` false (the public view) keeps only links to public pages.
 */
export function ScorecardCard({
  card,
  withLinks,
  extra,
}: {
  card: PublicScorecardView;
  withLinks: boolean;
  extra?: React.ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const name = i18n.language.startsWith('en') ? card.nameEn : card.nameZh;
  return (
    <Card
      data-testid={`scorecard-${card.platform}`}
      title={
        <Space wrap>
          <span>{name}</span>
          <Tag color="blue">{t('governance.scorecards.score', { score: card.score })}</Tag>
        </Space>
      }
      size="small"
    >
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }} data-testid="card-period">
        {card.period.from
          ? t(`governance.scorecards.period.${card.period.basis}`, {
              from: card.period.from,
              to: card.period.to,
              agreement: card.period.agreementId,
            })
          : t('governance.scorecards.period.none')}
      </Typography.Paragraph>
      {card.unauditedDatasets > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 8, fontSize: 12 }}
          data-testid="card-unaudited"
          message={t('governance.scorecards.unaudited', { count: card.unauditedDatasets })}
        />
      )}
      <Descriptions
        column={1}
        size="small"
        bordered
        items={fairworkPrinciples.map((principle) => ({
          key: principle,
          label: t(`governance.scorecards.principles.${principle}`),
          children: card.points
            .filter((p) => p.principle === principle)
            .map((p, _, points) => (
              <Point
                key={p.id}
                point={p}
                firstMissed={points.some((q) => q.level === 1 && !q.awarded)}
                withLinks={withLinks}
              />
            )),
        }))}
      />
      <Typography.Title level={5} style={{ marginTop: 12 }}>
        {t('governance.scorecards.replies')}
      </Typography.Title>
      <List
        size="small"
        locale={{ emptyText: t('governance.scorecards.noReplies') }}
        dataSource={card.replies}
        renderItem={(reply) => (
          <List.Item>
            <List.Item.Meta
              title={
                <Space wrap>
                  <span>{reply.authorName}</span>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {cityDayOf(reply.createdAt).format('YYYY-MM-DD')} ·{' '}
                    {reply.principle
                      ? t(`governance.scorecards.principles.${reply.principle}`)
                      : t('governance.scorecards.wholeCard')}
                  </Typography.Text>
                </Space>
              }
              description={<span style={{ whiteSpace: 'pre-wrap' }}>{reply.body}</span>}
            />
          </List.Item>
        )}
      />
      {extra}
    </Card>
  );
}
