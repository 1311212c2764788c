import { Card, Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { roleNames } from '@gigpact/contracts';
import { localized } from '../../i18n/localized';
import { useLanguage, useSession } from '../../shell/session';
import { ComplaintDetail } from './complaints/ComplaintDetail';
import { ComplaintForm } from './complaints/ComplaintForm';
import { MyComplaints } from './complaints/MyComplaints';
import { MyAgreement } from './MyAgreement';
import { MyAgreements } from './MyAgreements';
import { registerComplaintMessages } from './complaints/register-messages';

registerComplaintMessages();

/**
 * The worker's pages: `/me`, a new complaint at `/me/complaints/new`, one complaint at `/me/complaints/<id>`, one
 * agreement in plain words at `/me/agreements/<id>`.
 */
export function MePage() {
  const [section, id] = (useParams()['*'] ?? '').split('/');
  if (section === 'complaints' && id === 'new') return <ComplaintForm />;
  if (section === 'complaints' && id) return <ComplaintDetail id={id} />;
  if (section === 'agreements' && id) return <MyAgreement id={id} />;
  return <MeOverview />;
}

/**
 * A worker's own page: their role and language, their complaints, and the agreements in force. (The account's
 * internal id is not shown: no one asks a worker for it, and officers find a complaint by its number.)
 */
function MeOverview() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { data } = useSession();
  if (!data) return null;
  const { user } = data;

  return (
    <div style={{ maxWidth: 720 }}>
      <Card variant="borderless" style={{ marginBottom: 16, borderTop: '3px solid #b3261e' }}>
        <Typography.Title level={1} style={{ fontSize: 22, marginTop: 0 }} data-testid="me-title">
          {t('me.title')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t('me.intro')}</Typography.Paragraph>
        <Descriptions
          column={1}
          bordered
          size="small"
          styles={{ label: { whiteSpace: 'nowrap' } }}
          data-testid="me-facts"
        >
          <Descriptions.Item label={t('me.role')}>
            {localized(roleNames[user.role], language)}
          </Descriptions.Item>
          <Descriptions.Item label={t('me.language')}>{t(`language.${language}`)}</Descriptions.Item>
        </Descriptions>
      </Card>
      <MyComplaints />
      <MyAgreements />
    </div>
  );
}
