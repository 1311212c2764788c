import { Button, Card, Flex, Form, Input, Select, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { describeDatedDefault } from '@gigpact/contracts';
import { useLanguage } from '../../../shell/session';
import type { LibraryRule } from '../api';
import { rangeWords } from '../labels';
import type { ClauseForm, ParamEntryForm, ParamForm } from './clause-form';
import { outOfRange, paramsForRule } from './clause-form';
import { useSourceChoices } from '../../../shared/SourceTag';

interface Props {
  value: ClauseForm;
  onChange: (next: ClauseForm) => void;
  rules: LibraryRule[];
  industry: string | undefined;
  hasCustomCheck: boolean;
  /** Paths (below the clause) the last check found wrong, e.g. `params.min_share`. */
  wrongPaths: string[];
}

/**
 * The fields of one clause: id, texts in both languages, the library rule and its parameters with dates — each
 * parameter with its allowed range as help, a value typed outside it marked at once, before the draft is saved.
 */
export function ClauseFields({ value, onChange, rules, industry, hasCustomCheck, wrongPaths }: Props) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const sourceChoices = useSourceChoices();
  const rule = rules.find((r) => r.id === value.rule);
  const set = (patch: Partial<ClauseForm>) => onChange({ ...value, ...patch });
  const setParam = (index: number, param: ParamForm) =>
    set({ params: value.params.map((p, i) => (i === index ? param : p)) });
  const wrong = (path: string) => wrongPaths.some((p) => p === path || p.startsWith(`${path}.`));

  return (
    <Form layout="vertical" component="div">
      <Flex gap={12} wrap>
        <Form.Item
          label={t('agreements.form.id')}
          style={{ width: 160 }}
          validateStatus={wrong('id') ? 'error' : ''}
        >
          <Input data-testid="clause-id" value={value.id} onChange={(e) => set({ id: e.target.value })} />
        </Form.Item>
        <Form.Item label={t('agreements.form.title')} style={{ flex: 1, minWidth: 220 }}>
          <Input
            data-testid="clause-title"
            value={value.title}
            onChange={(e) => set({ title: e.target.value })}
          />
        </Form.Item>
        <Form.Item label={t('agreements.form.titleEn')} style={{ flex: 1, minWidth: 220 }}>
          <Input
            data-testid="clause-title-en"
            value={value.titleEn}
            onChange={(e) => set({ titleEn: e.target.value })}
          />
        </Form.Item>
      </Flex>
      <Flex gap={12} wrap>
        <Form.Item label={t('agreements.form.text')} style={{ flex: 1, minWidth: 280 }}>
          <Input.TextArea
            data-testid="clause-text"
            autoSize={{ minRows: 2, maxRows: 6 }}
            value={value.text}
            onChange={(e) => set({ text: e.target.value })}
          />
        </Form.Item>
        <Form.Item label={t('agreements.form.textEn')} style={{ flex: 1, minWidth: 280 }}>
          <Input.TextArea
            data-testid="clause-text-en"
            autoSize={{ minRows: 2, maxRows: 6 }}
            value={value.textEn}
            onChange={(e) => set({ textEn: e.target.value })}
          />
        </Form.Item>
      </Flex>
      <Form.Item
        label={t('agreements.form.rule')}
        extra={
          hasCustomCheck && !value.rule ? t('agreements.form.customKept') : t('agreements.form.ruleHelp')
        }
      >
        <Select
          data-testid="clause-rule"
          showSearch
          optionFilterProp="label"
          value={value.rule}
          onChange={(ruleId: string) =>
            set({
              rule: ruleId,
              params: paramsForRule(
                rules.find((r) => r.id === ruleId),
                value.params,
              ),
            })
          }
          options={[
            { value: '', label: t('agreements.form.textOnly') },
            ...rules
              .filter((r) => !industry || !r.industry || r.industry === industry)
              .map((r) => ({ value: r.id, label: `${r.id} · ${r.title_zh ?? ''} · ${r.title_en ?? ''}` })),
          ]}
        />
      </Form.Item>
      {rule && (
        <Space direction="vertical" style={{ width: '100%' }}>
          <Typography.Text strong>{t('agreements.form.params')}</Typography.Text>
          {paramsForRule(rule, value.params).map((param) => {
            const spec = rule.params[param.name]!;
            const index = value.params.findIndex((p) => p.name === param.name);
            const update = (next: ParamForm) =>
              index >= 0 ? setParam(index, next) : set({ params: [...value.params, next] });
            const setEntry = (i: number, patch: Partial<ParamEntryForm>) =>
              update({ ...param, entries: param.entries.map((x, j) => (j === i ? { ...x, ...patch } : x)) });
            // Each value typed outside the parameter's range, marked at once.
            const outside = param.entries.map((e) => outOfRange(spec, e.value));
            return (
              <Card
                key={param.name}
                size="small"
                data-testid={`param-${param.name}`}
                style={
                  wrong(`params.${param.name}`) || outside.some(Boolean)
                    ? { borderColor: '#ff4d4f' }
                    : undefined
                }
                title={
                  <Space wrap>
                    <Typography.Text code>{param.name}</Typography.Text>
                    <span>
                      {spec.zh} · {spec.en}
                    </span>
                    <Typography.Text type="secondary">
                      {spec.type},{' '}
                      {spec.datedDefault
                        ? t('agreements.form.paramDatedDefault', {
                            value: describeDatedDefault(spec.datedDefault, language),
                          })
                        : spec.default === undefined
                          ? t('agreements.form.noDefault')
                          : t('agreements.form.paramDefault', { value: JSON.stringify(spec.default) })}
                    </Typography.Text>
                  </Space>
                }
              >
                {param.entries.map((entry, i) => (
                  <div key={i} style={{ marginBottom: 8 }}>
                    <Flex gap={8}>
                      <Input
                        data-testid={`param-${param.name}-from-${i}`}
                        style={{ width: 200 }}
                        placeholder={`${t('agreements.form.from')} YYYY-MM-DD`}
                        value={entry.from}
                        onChange={(e) => setEntry(i, { from: e.target.value })}
                      />
                      <Input
                        data-testid={`param-${param.name}-value-${i}`}
                        placeholder={t('agreements.form.value')}
                        status={outside[i] ? 'error' : undefined}
                        aria-invalid={outside[i] || undefined}
                        value={entry.value}
                        onChange={(e) => setEntry(i, { value: e.target.value })}
                      />
                      {param.entries.length > 1 && (
                        <Button
                          onClick={() =>
                            update({ ...param, entries: param.entries.filter((_, j) => j !== i) })
                          }
                        >
                          {t('agreements.form.removeEntry')}
                        </Button>
                      )}
                    </Flex>
                    {spec.range && outside[i] && (
                      <Typography.Text type="danger" data-testid={`param-${param.name}-out-of-range-${i}`}>
                        {t('agreements.form.outOfRange', rangeWords(spec.range, language))}
                      </Typography.Text>
                    )}
                  </div>
                ))}
                {spec.range && (
                  <Typography.Paragraph
                    type="secondary"
                    style={{ marginBottom: 8 }}
                    data-testid={`param-${param.name}-range`}
                  >
                    {t('agreements.form.paramRange', rangeWords(spec.range, language))}
                  </Typography.Paragraph>
                )}
                <Flex gap={8} wrap align="center">
                  <Button
                    size="small"
                    onClick={() => update({ ...param, entries: [...param.entries, { from: '', value: '' }] })}
                  >
                    {t('agreements.form.addDated')}
                  </Button>
                  <Select
                    mode="tags"
                    size="small"
                    style={{ minWidth: 240 }}
                    placeholder={t('agreements.form.paramSources')}
                    value={param.sources}
                    onChange={(sources: string[]) => update({ ...param, sources })}
                    {...sourceChoices}
                  />
                </Flex>
              </Card>
            );
          })}
        </Space>
      )}
      <Form.Item
        label={t('agreements.form.sources')}
        extra={t('agreements.form.sourcesHelp')}
        style={{ marginTop: 12 }}
      >
        <Select
          mode="tags"
          data-testid="clause-sources"
          value={value.sources}
          onChange={(sources: string[]) => set({ sources })}
          {...sourceChoices}
        />
      </Form.Item>
    </Form>
  );
}
