import { Card, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '@gigpact/contracts';
import { useLanguage } from '../../../shell/session';
import { formatTime } from '../../admin/format';
import { isEventKind, statusLabel } from '../labels';
import { eventText } from './timeline-text';

const colours: Record<string, string> = { escalation: 'red', referral: 'purple', outcome: 'green' };

/** Every step of the case, oldest first: what happened, who did it, when. */
export function TimelineCard({ timeline }: { timeline: CaseDetail['timeline'] }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  return (
    <Card size="small" title={t('cases.timeline.title')} data-testid="case-timeline">
      <Timeline
        items={timeline.map((e, i) => {
          const { summary, note } = eventText(e, language, t);
          return {
            key: `${e.at}-${i}`,
            color: colours[e.kind] ?? 'blue',
            content: (
              <div data-testid="timeline-step">
                <Typography.Text strong>
                  {isEventKind(e.kind) ? t(`cases.timeline.kinds.${e.kind}`) : e.kind}
                </Typography.Text>
                {e.fromStatus && e.toStatus && (
                  <Typography.Text>
                    {' '}
                    {t('cases.timeline.fromTo', {
                      from: statusLabel(e.fromStatus, language),
                      to: statusLabel(e.toStatus, language),
                    })}
                  </Typography.Text>
                )}
                <br />
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {formatTime(e.at, '')} · {e.actor ?? t('cases.timeline.system')}
                </Typography.Text>
                {summary && (
                  <Typography.Paragraph style={{ margin: 0 }} data-testid="timeline-summary">
                    {summary}
                  </Typography.Paragraph>
                )}
                {note && (
                  <Typography.Paragraph
                    style={{ margin: 0, whiteSpace: 'pre-wrap' }}
                    type={summary ? 'secondary' : undefined}
                    data-testid="timeline-note"
                  >
                    {note}
                  </Typography.Paragraph>
                )}
              </div>
            ),
          };
        })}
      />
    </Card>
  );
}
