import { useState } from 'react';
import { Alert, App, DatePicker, Form, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  checkedDatasets,
  dataEndBeforeAgreement,
  dataPlatformsNotCovered,
  platformsSpeltLikeCovered,
  datasetsByIndustry,
  type DatasetKind,
  type Industry,
  type DatasetSummary,
} from '@gigpact/contracts';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { errorMessage } from '../../api/api-error';
import { usePlatformLabel } from '../../shared/platform-names';
import { cityToday } from '../../shell/city-today';
import { useLanguage } from '../../shell/session';
import { auditKeys, runChoices, startRun } from './api';
import { titleIn } from './labels';
import { obviousDatasets } from './obvious-datasets';

interface Values {
  agreementId: string;
  datasetIds: string[];
  asOf?: Dayjs;
}

/** Starts a run: an agreement over chosen datasets, as of a date. The run is queued and its page opened. */
export function StartRunModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  // The datasets were chosen for the officer (`obviousDatasets`), until they change the choice.
  const [prefilled, setPrefilled] = useState(false);
  const choices = useQuery({ queryKey: auditKeys.choices, queryFn: runChoices, enabled: open });
  const start = useMutation({
    mutationFn: (v: Values) =>
      startRun({
        agreementId: v.agreementId,
        datasetIds: v.datasetIds,
        asOf: v.asOf ? v.asOf.format('YYYY-MM-DD') : undefined,
      }),
    onSuccess: (run) => {
      void queryClient.invalidateQueries({ queryKey: auditKeys.all });
      if (run.alreadyUnderWay) void message.info(t('audits.start.alreadyUnderWay'));
      else void message.success(t('audits.start.started'));
      onClose();
      void navigate(`/audits/runs/${run.id}`);
    },
    onError: (error) => void message.error(errorMessage(error, language)),
  });
  const required = [{ required: true, message: t('audits.start.required') }];
  const platformName = usePlatformLabel(language);
  const separator = language === 'en' ? ', ' : '、';
  // Data the agreement does not reach — it ends before the agreement takes effect, or is of platforms the
  // agreement does not cover — is said before the run, not found out from its zeros.
  const agreementId = Form.useWatch('agreementId', form);
  const datasetIds = Form.useWatch('datasetIds', form) ?? [];
  const agreement = choices.data?.agreements.find((a) => a.id === agreementId);
  const chosen = (choices.data?.datasets ?? []).filter((d) => datasetIds.includes(d.id));
  // Once an agreement is chosen, only the data its industry's rules read (and the roster of workers) is offered.
  const auditableBy = (industry: Industry | undefined) => (kind: DatasetKind) =>
    !industry || kind === 'workers' || datasetsByIndustry[industry].includes(kind);
  const auditable = auditableBy(agreement?.industry);
  // Another agreement keeps only the chosen data its rules read; with none chosen, the data that is obviously
  // the agreement's (the one dataset of each kind for each of its platforms) is chosen for the officer.
  const agreementChosen = (id: string) => {
    const chosenAgreement = choices.data?.agreements.find((a) => a.id === id);
    const datasets = choices.data?.datasets ?? [];
    const kept = auditableBy(chosenAgreement?.industry);
    const ids = new Set(datasets.filter((d) => kept(d.kind)).map((d) => d.id));
    const still = ((form.getFieldValue('datasetIds') as string[] | undefined) ?? []).filter((d) =>
      ids.has(d),
    );
    const obvious = still.length === 0 && chosenAgreement ? obviousDatasets(chosenAgreement, datasets) : [];
    form.setFieldValue('datasetIds', obvious.length > 0 ? obvious : still);
    setPrefilled(obvious.length > 0);
  };
  const datasetLabel = (d: DatasetSummary) =>
    [
      d.kindName[language],
      (d.platform ? [d.platform] : d.platforms).map(platformName).join(separator),
      d.periodStart && d.periodEnd ? `${d.periodStart} – ${d.periodEnd}` : null,
      t('audits.start.rows', { count: d.rowsAccepted }),
      d.id.slice(0, 8),
    ]
      .filter(Boolean)
      .join(' · ');
  // Whether anything is checked: the data whose rows the clauses check, not weather alerts or rosters running on.
  const checked = agreement ? checkedDatasets(chosen, agreement.industry) : [];
  const dataEnd =
    agreement && checked.length > 0
      ? dataEndBeforeAgreement(
          checked.map((d) => d.periodEnd),
          agreement.effectiveFrom,
        )
      : null;
  const checkedPlatforms = checked.map((d) =>
    d.platforms.length > 0 ? d.platforms : d.platform ? [d.platform] : [],
  );
  const uncovered =
    agreement && checked.length > 0 ? dataPlatformsNotCovered(checkedPlatforms, agreement.platforms) : null;
  const speltLike = agreement ? platformsSpeltLikeCovered(checkedPlatforms, agreement.platforms) : [];
  const warnings = [
    dataEnd && {
      testId: 'data-before-agreement',
      message: t('audits.start.dataBeforeAgreement', {
        end: dataEnd,
        effectiveFrom: agreement?.effectiveFrom,
      }),
    },
    uncovered && {
      testId: 'platforms-not-covered',
      message: t('audits.start.platformsNotCovered', {
        data: uncovered.map(platformName).join(separator),
        covered: agreement?.platforms.map(platformName).join(separator),
      }),
    },
    ...speltLike.map((near) => ({
      testId: 'platform-spelt-like-covered',
      message: t('audits.start.platformSpeltLikeCovered', near),
    })),
  ].filter((w) => !!w);
  return (
    <Modal
      open={open}
      title={t('audits.start.title')}
      okText={t('audits.start.submit')}
      onOk={() => form.submit()}
      confirmLoading={start.isPending}
      onCancel={onClose}
      afterClose={() => setPrefilled(false)}
      destroyOnHidden
      width={720}
    >
      <Form<Values> form={form} layout="vertical" onFinish={(v) => start.mutate(v)}>
        <Form.Item name="agreementId" label={t('audits.start.agreement')} rules={required}>
          <Select
            showSearch
            optionFilterProp="label"
            loading={choices.isLoading}
            onChange={agreementChosen}
            options={(choices.data?.agreements ?? []).map((a) => ({
              value: a.id,
              label: titleIn(language, a.title, a.titleEn),
            }))}
          />
        </Form.Item>
        <Form.Item
          name="datasetIds"
          label={t('audits.start.datasets')}
          rules={required}
          extra={
            prefilled ? <span data-testid="datasets-prefilled">{t('audits.start.prefilled')}</span> : null
          }
        >
          <Select
            mode="multiple"
            onChange={() => setPrefilled(false)}
            optionFilterProp="search"
            loading={choices.isLoading}
            options={(choices.data?.datasets ?? [])
              // A dataset whose every row was refused has nothing to audit (the server refuses it too).
              .filter((d) => auditable(d.kind) && d.rowsAccepted > 0)
              .map((d) => {
                const label = datasetLabel(d);
                // Found by what it shows and by its platforms' codes as the data writes them.
                return {
                  value: d.id,
                  label,
                  search: [label, d.platform, ...d.platforms].filter(Boolean).join(' '),
                };
              })}
          />
        </Form.Item>
        {warnings.map((w) => (
          <Alert
            key={w.message}
            type="warning"
            showIcon
            data-testid={w.testId}
            style={{ marginBottom: 16 }}
            message={w.message}
          />
        ))}
        <Form.Item name="asOf" label={t('audits.start.asOf')} extra={t('audits.start.asOfHelp')}>
          <DatePicker disabledDate={(d) => d.isAfter(cityToday(), 'day')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
