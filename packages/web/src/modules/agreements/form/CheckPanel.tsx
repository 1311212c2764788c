import { Alert, Typography } from 'antd';
import type { AgreementCheckClause, AgreementCheckIssue } from '@gigpact/contracts';
import { useTranslation } from 'react-i18next';
import { localized } from '../../../i18n/localized';
import { useLanguage } from '../../../shell/session';

/** What the clause being edited checks, in words, and the problems the last check found in it. */
export function CheckPanel({
  clause,
  issues,
  pending,
}: {
  clause: AgreementCheckClause | undefined;
  issues: AgreementCheckIssue[];
  pending: boolean;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  return (
    <div aria-busy={pending} data-testid="clause-check">
      {issues.length > 0 ? (
        <Alert
          type="error"
          showIcon
          title={t('agreements.form.problems')}
          description={
            <ul style={{ margin: 0, paddingLeft: 18 }} data-testid="clause-issues">
              {issues.map((issue, i) => (
                <li key={i}>{localized(issue, language)}</li>
              ))}
            </ul>
          }
        />
      ) : (
        <Alert
          type={clause?.explanation ? 'success' : 'info'}
          showIcon
          title={pending ? t('agreements.form.checking') : t('agreements.form.explanation')}
          description={
            <Typography.Paragraph style={{ margin: 0 }} data-testid="clause-explanation">
              {clause?.explanation
                ? localized(clause.explanation, language)
                : t('agreements.form.noExplanation')}
            </Typography.Paragraph>
          }
        />
      )}
    </div>
  );
}
