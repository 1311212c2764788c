import { Alert, Card, List, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DeadlineView } from '@gigpact/contracts';
import { localized } from '../../../i18n/localized';
import { useLanguage } from '../../../shell/session';
import { deadlineColours, deadlineKindLabel } from '../labels';
import { officeName } from '../labels';

/** The case's periods, each counted in working days of the city's holiday calendar. */
export function DeadlinesCard({ deadlines }: { deadlines: DeadlineView[] }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  return (
    <Card size="small" title={t('cases.deadlines.title')} data-testid="case-deadlines">
      <List
        size="small"
        dataSource={deadlines}
        locale={{ emptyText: t('cases.deadlines.none') }}
        renderItem={(d) => (
          <List.Item>
            <Space orientation="vertical" size={2} style={{ width: '100%' }}>
              <Space wrap>
                <Typography.Text strong>{deadlineKindLabel(d.kind, language)}</Typography.Text>
                <Tag color={deadlineColours[d.status]}>{t(`cases.deadlines.statuses.${d.status}`)}</Tag>
              </Space>
              <Typography.Text>
                {t('cases.deadlines.workingDays', { count: d.workingDays })} · {d.startsOn} → {d.dueOn}
              </Typography.Text>
              {d.escalatedTo && (
                <Typography.Text type="danger">
                  {t('cases.deadlines.escalatedTo', { office: officeName(d.escalatedTo, language) })}
                </Typography.Text>
              )}
              {d.calendarWarning && (
                <Alert type="warning" showIcon title={localized(d.calendarWarning, language)} />
              )}
            </Space>
          </List.Item>
        )}
      />
    </Card>
  );
}
