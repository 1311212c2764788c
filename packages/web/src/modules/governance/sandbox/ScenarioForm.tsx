import { regionTree, type SandboxAgreementView } from '@gigpact/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  Button,
  Card,
  Checkbox,
  DatePicker,
  Input,
  InputNumber,
  Select,
  Space,
  Table,
  Tooltip,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, errorMessage } from '../../../api/api-error';
import { localized } from '../../../i18n/localized';
import { useLanguage, useSession } from '../../../shell/session';
import { agreementKeys, getAgreement, listRules } from '../../agreements/api';
import { createScenario, governanceKeys } from '../api';
import { issueLines } from './issue-lines';
import { changedParams, paramRows, type ParamRow } from './param-rows';

type Value = string | number | boolean | null;

type Range = [Dayjs | null, Dayjs | null] | null;

/**
 * A new scenario: a name, the rows it reads (a city officer picks a district or the whole city; a district
 * officer's are their district's), the days it replays (the agreement's default period to start with), parameter
 * values beside the current ones, optional time and pay formulas.
 */
export function ScenarioForm({
  agreement: chosen,
  onStarted,
}: {
  agreement: SandboxAgreementView;
  onStarted: (id: string) => void;
}) {
  const agreementId = chosen.id;
  const { t } = useTranslation();
  const { language } = useLanguage();
  const client = useQueryClient();
  const user = useSession().data?.user;
  const cityWide = user?.area.startsWith('city:') ?? false;
  const [district, setDistrict] = useState<string>();
  const [range, setRange] = useState<Range>(
    chosen.defaultPeriod ? [dayjs(chosen.defaultPeriod.from), dayjs(chosen.defaultPeriod.to)] : null,
  );
  const agreement = useQuery({
    queryKey: agreementKeys.detail(agreementId),
    queryFn: () => getAgreement(agreementId),
  });
  const rules = useQuery({ queryKey: agreementKeys.rules, queryFn: listRules, staleTime: Infinity });
  const rows = useMemo(
    () =>
      paramRows(
        ((agreement.data?.document as { clauses?: [] } | undefined)?.clauses ?? []) as Parameters<
          typeof paramRows
        >[0],
        rules.data?.items ?? [],
      ),
    [agreement.data, rules.data],
  );
  const [name, setName] = useState('');
  const [edits, setEdits] = useState<Record<string, Value>>({});
  const [time, setTime] = useState({ use: false, baseMinutes: 12, minutesPerKm: 5 });
  const [pay, setPay] = useState({ use: false, baseCny: 5, perKmCny: 2 });
  const create = useMutation({
    mutationFn: () =>
      createScenario({
        agreementId,
        name,
        params: changedParams(rows, edits),
        ...(cityWide && district ? { district } : {}),
        ...(range?.[0] ? { from: range[0].format('YYYY-MM-DD') } : {}),
        ...(range?.[1] ? { to: range[1].format('YYYY-MM-DD') } : {}),
        ...(time.use
          ? { timeFormula: { baseMinutes: time.baseMinutes, minutesPerKm: time.minutesPerKm } }
          : {}),
        ...(pay.use ? { payFormula: { baseCny: pay.baseCny, perKmCny: pay.perKmCny } } : {}),
      }),
    onSuccess: (scenario) => {
      onStarted(scenario.id);
      void client.invalidateQueries({ queryKey: governanceKeys.scenarios(agreementId) });
    },
  });
  const shown = (value: Value) =>
    typeof value === 'boolean' ? t(`governance.sandbox.${value ? 'yes' : 'no'}`) : String(value ?? '—');
  const editor = (row: ParamRow) => {
    const value = edits[row.key] ?? row.current;
    const label = t('governance.sandbox.proposedFor', {
      clause: row.clauseId,
      param: row.meaning?.[language] ?? row.param,
    });
    if (row.type === 'bool')
      return (
        <Checkbox
          data-testid={`param-${row.key}`}
          aria-label={label}
          checked={value === true}
          onChange={(e) => setEdits({ ...edits, [row.key]: e.target.checked })}
        />
      );
    return (
      <InputNumber
        data-testid={`param-${row.key}`}
        aria-label={label}
        value={typeof value === 'number' ? value : Number(value)}
        step={row.type === 'int' ? 1 : 0.01}
        onChange={(v) => setEdits({ ...edits, [row.key]: v ?? null })}
      />
    );
  };
  return (
    <Card size="small" title={t('governance.sandbox.params')}>
      <Space direction="vertical" style={{ width: '100%' }}>
        <Input
          data-testid="scenario-name"
          aria-label={t('governance.sandbox.name')}
          addonBefore={t('governance.sandbox.name')}
          placeholder={t('governance.sandbox.namePlaceholder')}
          value={name}
          maxLength={100}
          onChange={(e) => setName(e.target.value)}
        />
        {cityWide ? (
          <Space wrap>
            <Typography.Text>{t('governance.sandbox.rowsOf')}</Typography.Text>
            <Select
              data-testid="scenario-district"
              aria-label={t('governance.sandbox.rowsOf')}
              style={{ minWidth: 200 }}
              allowClear
              placeholder={t('governance.sandbox.wholeCity')}
              value={district}
              onChange={(code?: string) => setDistrict(code)}
              options={regionTree.districts.map((d) => ({ value: d.code, label: d[language] }))}
            />
          </Space>
        ) : (
          user && (
            <Typography.Text type="secondary" data-testid="scenario-own-district">
              {t('governance.sandbox.ownDistrict', { district: localized(user.areaName, language) })}
            </Typography.Text>
          )
        )}
        <Space wrap>
          <Typography.Text>{t('governance.sandbox.replay')}</Typography.Text>
          <span data-testid="scenario-period">
            <DatePicker.RangePicker
              aria-label={t('governance.sandbox.replay')}
              value={range}
              allowEmpty={[true, true]}
              onChange={(value) => setRange(value)}
            />
          </span>
          <Typography.Text type="secondary" data-testid="scenario-period-hint">
            {chosen.data
              ? t('governance.sandbox.replayHint', {
                  from: chosen.data.from,
                  to: chosen.data.to,
                  effective: chosen.effectiveFrom,
                })
              : t('governance.sandbox.replayNoData')}
          </Typography.Text>
        </Space>
        <Table<ParamRow>
          size="small"
          rowKey="key"
          pagination={false}
          scroll={{ y: 260 }}
          loading={agreement.isLoading || rules.isLoading}
          dataSource={rows}
          columns={[
            {
              title: t('governance.sandbox.clause'),
              render: (_, r) => `${r.clauseId} ${language === 'en' ? r.clauseTitleEn : r.clauseTitle}`,
            },
            {
              title: t('governance.sandbox.param'),
              render: (_, r) =>
                r.meaning ? (
                  // The code stays at hand for the technically minded, as a hint only.
                  <Tooltip title={r.param}>
                    <span>{r.meaning[language]}</span>
                  </Tooltip>
                ) : (
                  r.param
                ),
            },
            {
              title: t('governance.sandbox.current'),
              render: (_, r) =>
                r.schedule ? (
                  <Space direction="vertical" size={0}>
                    {r.schedule.map((step) => (
                      <span key={step.from}>
                        {t('governance.sandbox.from', { value: shown(step.value), date: step.from })}
                      </span>
                    ))}
                  </Space>
                ) : (
                  shown(r.current)
                ),
            },
            { title: t('governance.sandbox.proposed'), render: (_, r) => editor(r) },
          ]}
        />
        <Space wrap>
          <Checkbox checked={time.use} onChange={(e) => setTime({ ...time, use: e.target.checked })}>
            {t('governance.sandbox.timeFormula')}
          </Checkbox>
          <InputNumber
            addonBefore={t('governance.sandbox.baseMinutes')}
            aria-label={t('governance.sandbox.baseMinutes')}
            min={0}
            max={120}
            value={time.baseMinutes}
            disabled={!time.use}
            onChange={(v) => setTime({ ...time, baseMinutes: v ?? 0 })}
          />
          <InputNumber
            addonBefore={t('governance.sandbox.minutesPerKm')}
            aria-label={t('governance.sandbox.minutesPerKm')}
            min={0}
            max={30}
            step={0.5}
            value={time.minutesPerKm}
            disabled={!time.use}
            onChange={(v) => setTime({ ...time, minutesPerKm: v ?? 0 })}
          />
        </Space>
        <Space wrap>
          <Checkbox checked={pay.use} onChange={(e) => setPay({ ...pay, use: e.target.checked })}>
            {t('governance.sandbox.payFormula')}
          </Checkbox>
          <InputNumber
            addonBefore={t('governance.sandbox.baseCny')}
            aria-label={t('governance.sandbox.baseCny')}
            min={0}
            max={500}
            step={0.5}
            value={pay.baseCny}
            disabled={!pay.use}
            onChange={(v) => setPay({ ...pay, baseCny: v ?? 0 })}
          />
          <InputNumber
            addonBefore={t('governance.sandbox.perKmCny')}
            aria-label={t('governance.sandbox.perKmCny')}
            min={0}
            max={100}
            step={0.1}
            value={pay.perKmCny}
            disabled={!pay.use}
            onChange={(v) => setPay({ ...pay, perKmCny: v ?? 0 })}
          />
        </Space>
        {create.error && (
          <Alert
            type="error"
            title={errorMessage(create.error, language)}
            description={
              create.error instanceof ApiError && create.error.issues.length ? (
                <ul style={{ margin: 0, paddingLeft: 18 }} data-testid="scenario-problems">
                  {issueLines(create.error.issues, language).map((line, index) => (
                    <li key={index}>{line}</li>
                  ))}
                </ul>
              ) : undefined
            }
          />
        )}
        <Typography.Text>
          <Button
            type="primary"
            data-testid="run-scenario"
            loading={create.isPending}
            disabled={!name.trim()}
            onClick={() => create.mutate()}
          >
            {t('governance.sandbox.run')}
          </Button>
        </Typography.Text>
      </Space>
    </Card>
  );
}
