import { useState } from 'react';
import { Button, Card, Table, Typography } from 'antd';
import { FileAddOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { CaseDetail, LetterView } from '@gigpact/contracts';
import { useLanguage } from '../../../shell/session';
import { IssueLetterModal } from '../letters/IssueLetterModal';
import { letterColumns } from '../letters/letter-columns';
import { RecordResponseModal } from '../letters/RecordResponseModal';
import { letterStates, type CaseAbilities } from '../permissions';

/** The case's 一函两书: each with its number and answer deadline, its documents and its answer. */
export function LettersCard({ detail, abilities }: { detail: CaseDetail; abilities: CaseAbilities }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const [issuing, setIssuing] = useState(false);
  const [responding, setResponding] = useState<LetterView>();
  const mayIssue = abilities.letterKinds.length > 0 && letterStates.includes(detail.status);

  return (
    <Card
      size="small"
      title={t('cases.letters.title')}
      data-testid="case-letters"
      extra={
        mayIssue && (
          <Button type="primary" size="small" icon={<FileAddOutlined />} onClick={() => setIssuing(true)}>
            {t('cases.letters.issue')}
          </Button>
        )
      }
    >
      {abilities.letterKinds.length > 0 && !letterStates.includes(detail.status) && (
        <Typography.Paragraph type="secondary">{t('cases.letters.notYet')}</Typography.Paragraph>
      )}
      <Table<LetterView>
        size="small"
        rowKey="id"
        pagination={false}
        scroll={{ x: 1100 }}
        dataSource={detail.letters}
        locale={{ emptyText: t('cases.letters.none') }}
        columns={letterColumns<LetterView>(
          t,
          language,
          abilities.handle ? setResponding : undefined,
          !detail.personalDataShown,
        )}
      />
      <IssueLetterModal
        detail={detail}
        kinds={abilities.letterKinds}
        open={issuing}
        onClose={() => setIssuing(false)}
      />
      <RecordResponseModal letter={responding} onClose={() => setResponding(undefined)} />
    </Card>
  );
}
