import type { ReactNode } from 'react';
import { Card, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useSession } from '../../shell/session';
import { CampaignDetail } from './campaigns/CampaignDetail';
import { CampaignForm } from './campaigns/CampaignForm';
import { CampaignList } from './campaigns/CampaignList';
import { CaseDetailView } from './detail/CaseDetailView';
import { HotlineForm } from './hotline/HotlineForm';
import { LettersList } from './letters/LettersList';
import { CaseList } from './list/CaseList';
import { casesTabs } from './permissions';
import { registerCaseMessages } from './register-messages';

registerCaseMessages();

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Cases and supervision: the list at `/cases`, one case at `/cases/<id>`, the letters at `/cases/letters`, the
 * campaigns at `/cases/campaigns[/<id>|/new]` and the hotline form at `/cases/new`. Tabs a role cannot use are
 * not offered; the server refuses them anyway.
 */
export function CasesPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { data } = useSession();
  const [head = '', detail] = (useParams()['*'] ?? '').split('/');
  if (!data) return null;
  const tabs = casesTabs(data.user.role);

  if (uuid.test(head)) {
    return (
      <Card variant="borderless">
        <CaseDetailView id={head} />
      </Card>
    );
  }
  const active = tabs.find((tab) => tab === head) ?? 'list';
  const panels: Record<(typeof tabs)[number], ReactNode> = {
    list: <CaseList />,
    letters: <LettersList />,
    campaigns:
      detail === 'new' ? (
        <CampaignForm />
      ) : detail && uuid.test(detail) ? (
        <CampaignDetail id={detail} />
      ) : (
        <CampaignList />
      ),
    new: <HotlineForm />,
  };
  return (
    <Card variant="borderless" styles={{ body: { paddingTop: 8 } }}>
      <Tabs
        activeKey={active}
        onChange={(key) => void navigate(key === 'list' ? '/cases' : `/cases/${key}`)}
        destroyOnHidden
        items={tabs.map((tab) => ({ key: tab, label: t(`cases.tabs.${tab}`), children: panels[tab] }))}
      />
    </Card>
  );
}
