import { App, Button, DatePicker, Form, Input, Select, Space, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { enterpriseKindNames, enterpriseKinds, industries, industryNames } from '@gigpact/contracts';
import { localized } from '../../../i18n/localized';
import { useLanguage } from '../../../shell/session';
import { districtOptions } from '../../registry/scope';
import { useOfficerScope } from '../useOfficerScope';
import { caseKeys, fetchFormOptions, startCampaign } from '../api';
import { useFormProblems } from '../detail/useFormProblems';
import { campaignRequest, checklistItems, type CampaignFormValues } from './campaign-form';
import { cityToday } from '../../../shell/city-today';
import { BackLink } from '../../../shared/BackLink';

type Values = Omit<CampaignFormValues, 'startedOn'> & { startedOn: Dayjs };
const fields = [
  'title',
  'district',
  'industry',
  'platformCodes',
  'enterpriseKinds',
  'checklist',
  'startedOn',
] as const;

/** Starts a campaign: the server draws its targets from the registry by district, industry, platform and kind. */
export function CampaignForm() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { regions, area, ownDistrict } = useOfficerScope();
  const options = useQuery({ queryKey: caseKeys.formOptions, queryFn: fetchFormOptions });
  const [form] = Form.useForm<Values>();
  const industry = Form.useWatch('industry', form);
  const problems = useFormProblems(form, fields);

  const save = useMutation({
    mutationFn: (v: Values) =>
      startCampaign(campaignRequest({ ...v, startedOn: v.startedOn.format('YYYY-MM-DD') }, ownDistrict)),
    onSuccess: (campaign) => {
      void message.success(
        t('cases.campaigns.created', { title: campaign.title, count: campaign.figures.targets }),
      );
      void queryClient.invalidateQueries({ queryKey: caseKeys.campaigns });
      void navigate(`/cases/campaigns/${campaign.id}`);
    },
    onError: problems.show,
  });
  const platforms = (options.data?.platforms ?? []).filter((p) => !industry || p.industry === industry);

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%', maxWidth: 720 }}>
      <BackLink to="/cases/campaigns">{t('cases.campaigns.back')}</BackLink>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('cases.campaigns.create')}
      </Typography.Title>
      {problems.alert}
      <Form<Values>
        form={form}
        layout="vertical"
        name="campaign"
        initialValues={{ startedOn: cityToday(), enterpriseKinds: ['franchisee'] }}
        onFinish={(v) => {
          problems.clear();
          save.mutate(v);
        }}
      >
        <Form.Item
          label={t('cases.campaigns.name')}
          name="title"
          rules={[{ required: true, min: 2, whitespace: true, message: t('cases.common.required') }]}
        >
          <Input maxLength={120} />
        </Form.Item>
        {!ownDistrict && (
          <Form.Item label={t('cases.campaigns.district')} name="district">
            <Select
              allowClear
              placeholder={t('cases.campaigns.wholeCity')}
              options={regions.data && area ? districtOptions(regions.data, area, language) : []}
            />
          </Form.Item>
        )}
        <Form.Item label={t('cases.campaigns.industry')} name="industry">
          <Select
            allowClear
            placeholder={t('cases.campaigns.anyIndustry')}
            onChange={() => form.setFieldValue('platformCodes', [])}
            options={industries.map((i) => ({ value: i, label: localized(industryNames[i], language) }))}
          />
        </Form.Item>
        <Form.Item label={t('cases.campaigns.platforms')} name="platformCodes">
          <Select
            mode="multiple"
            allowClear
            placeholder={t('cases.campaigns.anyPlatform')}
            options={platforms.map((p) => ({
              value: p.code,
              label: language === 'en' ? p.nameEn : p.nameZh,
            }))}
          />
        </Form.Item>
        <Form.Item label={t('cases.campaigns.enterpriseKinds')} name="enterpriseKinds">
          <Select
            mode="multiple"
            options={enterpriseKinds.map((k) => ({
              value: k,
              label: localized(enterpriseKindNames[k], language),
            }))}
          />
        </Form.Item>
        <Form.Item
          label={t('cases.campaigns.checklist')}
          name="checklist"
          rules={[
            {
              validator: (_, value: string | undefined) =>
                checklistItems(value).length > 0
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('cases.campaigns.checklistRequired'))),
            },
          ]}
        >
          <Input.TextArea rows={5} />
        </Form.Item>
        <Form.Item
          label={t('cases.campaigns.startedOn')}
          name="startedOn"
          rules={[{ required: true, message: t('cases.common.required') }]}
        >
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={save.isPending}>
          {t('cases.campaigns.create')}
        </Button>
      </Form>
    </Space>
  );
}
