import { useQuery } from '@tanstack/react-query';
import { Alert, Flex, Select, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../shell/session';
import { governanceKeys, listGovernanceAgreements } from '../api';
import { ScenarioComparison } from './ScenarioComparison';
import { ScenarioForm } from './ScenarioForm';
import { ScenarioList } from './ScenarioList';

/** The negotiation sandbox: change an agreement's parameters or propose a formula, run, compare side by side. */
export function SandboxPanel() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const agreements = useQuery({ queryKey: governanceKeys.agreements, queryFn: listGovernanceAgreements });
  const [agreementId, setAgreementId] = useState<string>();
  const [selected, setSelected] = useState<string[]>([]);
  useEffect(() => {
    if (agreementId || !agreements.data) return;
    const inside = agreements.data.items.find((a) => a.daysBefore > 0 && a.daysAfter > 0);
    setAgreementId((inside ?? agreements.data.items[0])?.id);
  }, [agreements.data, agreementId]);
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      {/* The select takes the row and shrinks with it: long titles end in an ellipsis, not off a phone's screen. */}
      <Flex wrap gap={8} align="center">
        <Typography.Text strong>{t('governance.sandbox.agreement')}</Typography.Text>
        <Select
          data-testid="sandbox-agreement"
          aria-label={t('governance.sandbox.agreement')}
          style={{ flex: '1 1 320px', minWidth: 0, maxWidth: 640 }}
          value={agreementId}
          onChange={(id) => {
            setAgreementId(id);
            setSelected([]);
          }}
          options={(agreements.data?.items ?? []).map((a) => ({
            value: a.id,
            label: `${language === 'en' && a.titleEn ? a.titleEn : a.title} · ${a.effectiveFrom}`,
          }))}
        />
      </Flex>
      {agreementId && (
        <>
          <ScenarioForm
            agreementId={agreementId}
            onStarted={(id) => setSelected((s) => [...new Set([...s, id])])}
          />
          <ScenarioList agreementId={agreementId} selected={selected} onSelect={setSelected} />
          {selected.length > 0 ? (
            <ScenarioComparison ids={selected} />
          ) : (
            <Alert type="info" title={t('governance.sandbox.pickToCompare')} />
          )}
        </>
      )}
    </Space>
  );
}
