import { useMemo, useState } from 'react';
import {
  Alert,
  App,
  Button,
  Card,
  Collapse,
  Flex,
  Input,
  Popconfirm,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { AgreementCheckIssue, AgreementDetail } from '@gigpact/contracts';
import { ApiError, errorMessage } from '../../../api/api-error';
import { localized } from '../../../i18n/localized';
import { useLanguage } from '../../../shell/session';
import { agreementKeys, listRules, saveAgreement } from '../api';
import type { Clause } from '../clause';
import { readShape, removeClause, scopeOf, writeClause, writeScope } from './agreement-yaml';
import { CheckPanel } from './CheckPanel';
import { ClauseFields } from './ClauseFields';
import { clauseToForm, formToClause, newClauseForm, type ClauseForm } from './clause-form';
import { ScopeFields } from './ScopeFields';
import { useDraftCheck } from './useDraftCheck';

interface Editing {
  /** The clause's place in the list; undefined for a new clause (appended). */
  index: number | undefined;
  form: ClauseForm;
}

const issuesOf = (issues: AgreementCheckIssue[], index: number) =>
  issues.filter((i) => i.path[0] === 'clauses' && i.path[1] === index);

/**
 * The agreement edited with a form, clause by clause, for officers who do not write YAML. Every change is written
 * into the agreement text (keeping its comments), checked by the server as it is typed, and saved as a new version
 * through the same route as the YAML editor. Without `existing`, a new agreement from the text `start` (its
 * header filled in by a form, no clauses yet) is recorded.
 */
export function ClauseFormEditor({
  existing,
  start = '',
  onBack,
}: {
  existing?: AgreementDetail;
  start?: string;
  onBack?: () => void;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState(existing?.source ?? start);
  const [editing, setEditing] = useState<Editing>();
  const [summary, setSummary] = useState('');
  const rules = useQuery({ queryKey: agreementKeys.rules, queryFn: listRules, staleTime: Infinity });
  const shape = readShape(draft);
  const clauses = shape?.clauses ?? [];
  const ruleOf = (id: string) => rules.data?.items.find((r) => r.id === id);
  const editedIndex = editing ? (editing.index ?? clauses.length) : undefined;
  const base: Clause | undefined = editing?.index !== undefined ? clauses[editing.index] : undefined;

  const candidate = useMemo(() => {
    if (!editing) return draft;
    try {
      return writeClause(draft, editing.index, formToClause(editing.form, ruleOf(editing.form.rule), base));
    } catch {
      return draft;
    }
  }, [draft, editing, rules.data]);
  const check = useDraftCheck(candidate);
  const issues = check.data?.issues ?? [];

  const save = useMutation({
    mutationFn: () => saveAgreement({ source: draft, summary, rowVersion: existing?.rowVersion }),
    onSuccess: async (saved) => {
      await queryClient.invalidateQueries({ queryKey: agreementKeys.all });
      void message.success(
        existing
          ? t('agreements.edit.saved', { number: saved.currentVersion })
          : t('agreements.edit.created', { id: saved.id }),
      );
      void navigate(`/agreements/${encodeURIComponent(saved.id)}/${existing ? 'history' : 'clauses'}`);
    },
    onError: async (error) => {
      if (error instanceof ApiError && error.code === 'CONFLICT')
        await queryClient.invalidateQueries({ queryKey: agreementKeys.all });
    },
  });

  if (!shape) return <Alert type="warning" showIcon title={t('agreements.form.unreadable')} />;

  const statusTag = (index: number) => {
    const result = check.data?.clauses[index];
    if (editing && index === editedIndex) return null;
    if (issuesOf(issues, index).length || result?.status === 'invalid')
      return <Tag color="error">{t('agreements.form.statusInvalid')}</Tag>;
    if (result?.status === 'text_only') return <Tag>{t('agreements.form.statusText')}</Tag>;
    return result ? <Tag color="success">{t('agreements.form.statusOk')}</Tag> : null;
  };
  const wrongPaths =
    editedIndex === undefined ? [] : issuesOf(issues, editedIndex).map((i) => i.path.slice(2).join('.'));

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Alert type="info" showIcon title={t('agreements.form.intro')} />
      <Card size="small" title={t('agreements.form.scope')}>
        <ScopeFields value={scopeOf(shape)} onChange={(scope) => setDraft(writeScope(draft, scope))} />
      </Card>
      <Card
        size="small"
        title={t('agreements.form.clauses')}
        extra={
          <Button
            data-testid="clause-add"
            disabled={editing !== undefined}
            onClick={() => setEditing({ index: undefined, form: newClauseForm(clauses.map((c) => c.id)) })}
          >
            {t('agreements.form.add')}
          </Button>
        }
      >
        <Table<Clause & { index: number }>
          rowKey="index"
          size="small"
          pagination={false}
          dataSource={clauses.map((c, index) => ({ ...c, index }))}
          columns={[
            { title: t('agreements.clauses.id'), dataIndex: 'id', width: 110 },
            { title: t('agreements.clauses.title'), dataIndex: 'title' },
            {
              title: t('agreements.clauses.rule'),
              width: 220,
              render: (_, c) =>
                c.rule ? (
                  <Typography.Text code>{c.rule}</Typography.Text>
                ) : c.check ? (
                  t('agreements.clauses.custom')
                ) : (
                  '—'
                ),
            },
            { title: t('agreements.form.status'), width: 100, render: (_, c) => statusTag(c.index) },
            {
              title: '',
              width: 150,
              render: (_, c) => (
                <Space>
                  <Button
                    size="small"
                    disabled={editing !== undefined}
                    onClick={() => setEditing({ index: c.index, form: clauseToForm(c) })}
                  >
                    {t('agreements.form.edit')}
                  </Button>
                  <Popconfirm
                    title={t('agreements.form.removeConfirm', { id: c.id })}
                    onConfirm={() => setDraft(removeClause(draft, c.index))}
                  >
                    <Button size="small" danger disabled={editing !== undefined}>
                      {t('agreements.form.remove')}
                    </Button>
                  </Popconfirm>
                </Space>
              ),
            },
          ]}
        />
      </Card>
      {editing && editedIndex !== undefined && (
        <Card
          size="small"
          data-testid="clause-editor"
          title={t(editing.index === undefined ? 'agreements.form.adding' : 'agreements.form.editing', {
            id: editing.form.id,
          })}
        >
          <ClauseFields
            value={editing.form}
            onChange={(form) => setEditing({ ...editing, form })}
            rules={rules.data?.items ?? []}
            industry={shape.industry}
            hasCustomCheck={base?.check !== undefined}
            wrongPaths={wrongPaths}
          />
          <CheckPanel
            clause={check.data?.clauses[editedIndex]}
            issues={issuesOf(issues, editedIndex)}
            pending={check.pending}
          />
          <Flex gap={8} style={{ marginTop: 12 }}>
            <Button
              type="primary"
              data-testid="clause-apply"
              onClick={() => {
                setDraft(candidate);
                setEditing(undefined);
              }}
            >
              {t('agreements.form.apply')}
            </Button>
            <Button onClick={() => setEditing(undefined)}>{t('agreements.form.cancel')}</Button>
          </Flex>
        </Card>
      )}
      {!editing && issues.length > 0 && (
        <Alert
          type="error"
          showIcon
          title={t('agreements.form.draftProblems')}
          description={
            <ul style={{ margin: 0, paddingLeft: 18 }}>
              {issues.map((issue, i) => (
                <li key={i}>{localized(issue, language)}</li>
              ))}
            </ul>
          }
        />
      )}
      <Collapse
        size="small"
        items={[
          {
            key: 'yaml',
            label: t('agreements.form.yaml'),
            children: (
              <pre data-testid="form-yaml" style={{ maxHeight: 360, overflow: 'auto', margin: 0 }}>
                {candidate}
              </pre>
            ),
          },
        ]}
      />
      {save.error !== null && <Alert type="error" showIcon title={errorMessage(save.error, language)} />}
      <Flex gap={8} align="center" wrap>
        {onBack && <Button onClick={onBack}>{t('agreements.form.backToHeader')}</Button>}
        {existing && (
          <Input
            data-testid="form-summary"
            style={{ maxWidth: 480 }}
            maxLength={500}
            placeholder={t('agreements.form.summary')}
            aria-label={t('agreements.form.summary')}
            value={summary}
            onChange={(e) => setSummary(e.target.value)}
          />
        )}
        <Button
          type="primary"
          data-testid="form-save"
          loading={save.isPending}
          disabled={
            editing !== undefined ||
            (existing !== undefined && draft === existing.source) ||
            clauses.length === 0 ||
            issues.length > 0 ||
            check.pending
          }
          onClick={() => save.mutate()}
        >
          {existing ? t('agreements.form.save') : t('agreements.form.create')}
        </Button>
        {editing && <Typography.Text type="secondary">{t('agreements.form.finishEditing')}</Typography.Text>}
      </Flex>
    </Space>
  );
}
