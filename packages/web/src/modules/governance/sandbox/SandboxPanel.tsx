import { agreementStatusNames } from '@gigpact/contracts';
import { useQuery } from '@tanstack/react-query';
import { Alert, Flex, Select, Space, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localized } from '../../../i18n/localized';
import { useLanguage } from '../../../shell/session';
import { listSandboxAgreements, sandboxKeys } from './sandbox-api';
import { ScenarioComparison } from './ScenarioComparison';
import { ScenarioForm } from './ScenarioForm';
import { ScenarioList } from './ScenarioList';

/** Statuses marked beside an agreement's title: those not yet signed, where the negotiating table is. */
const unsigned = ['draft', 'negotiating'];

/**
 * The negotiation sandbox: change an agreement's parameters or propose a formula, run it over a period of stored
 * data, compare side by side. Drafts and agreements under negotiation are offered too, marked as such.
 */
export function SandboxPanel() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const agreements = useQuery({ queryKey: sandboxKeys.agreements, queryFn: listSandboxAgreements });
  const [agreementId, setAgreementId] = useState<string>();
  const [selected, setSelected] = useState<string[]>([]);
  useEffect(() => {
    if (agreementId || !agreements.data) return;
    // First an agreement whose own days the stored data holds.
    const inside = agreements.data.items.find((a) => a.defaultPeriod?.basis === 'agreement');
    setAgreementId((inside ?? agreements.data.items[0])?.id);
  }, [agreements.data, agreementId]);
  const chosen = agreements.data?.items.find((a) => a.id === agreementId);
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
            label: (
              <span data-testid={`sandbox-agreement-${a.id}`}>
                {`${language === 'en' && a.titleEn ? a.titleEn : a.title} · ${a.effectiveFrom}`}
                {unsigned.includes(a.status) && (
                  <Tag color="gold" style={{ marginInlineStart: 8 }}>
                    {localized(agreementStatusNames[a.status], language)}
                  </Tag>
                )}
              </span>
            ),
          }))}
        />
      </Flex>
      {agreementId && chosen && (
        <>
          <ScenarioForm
            key={agreementId}
            agreement={chosen}
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
