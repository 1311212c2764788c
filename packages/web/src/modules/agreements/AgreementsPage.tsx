import { Card } from 'antd';
import { useParams } from 'react-router';
import { AgreementDetailView } from './AgreementDetailView';
import { AgreementList } from './AgreementList';
import { registerAgreementMessages } from './register-messages';

registerAgreementMessages();

/** Agreements: the list at `/agreements`, one agreement at `/agreements/<id>` (its tabs below that;
 * a meeting at `/agreements/<id>/meetings/<meeting id>[/edit]`). */
export function AgreementsPage() {
  const [id, tab, ...rest] = (useParams()['*'] ?? '').split('/');
  return (
    <Card variant="borderless">
      {id ? <AgreementDetailView id={decodeURIComponent(id)} tab={tab} rest={rest} /> : <AgreementList />}
    </Card>
  );
}
