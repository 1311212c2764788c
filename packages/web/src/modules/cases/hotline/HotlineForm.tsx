import { App, Button, Col, DatePicker, Form, Input, InputNumber, Row, Select, Space, Typography } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { caseTypes, partyKinds, type CaseParty, type CaseType } from '@gigpact/contracts';
import { useLanguage } from '../../../shell/session';
import { districtOptions, streetOptions } from '../../registry/scope';
import { useOfficerScope } from '../useOfficerScope';
import { caseKeys, enterHotlineCase, fetchFormOptions } from '../api';
import { useFormProblems } from '../detail/useFormProblems';
import { typeLabel } from '../labels';
import { cityToday } from '../../../shell/city-today';

interface HotlineForm {
  type: CaseType;
  title: string;
  description: string;
  district?: string;
  street?: string;
  platformCode?: string;
  employerName?: string;
  workersAffected: number;
  amountClaimed?: string;
  occurredOn?: Dayjs;
  parties: { kind: CaseParty['kind']; name: string; contact?: string }[];
}
const fields = [
  'type',
  'title',
  'description',
  'district',
  'street',
  'platformCode',
  'employerName',
  'workersAffected',
  'amountClaimed',
  'occurredOn',
  'parties',
] as const;

/** An officer enters what a hotline caller reports, with the parties named; the case opens in their area. */
export function HotlineForm() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { regions, area, ownDistrict, ownStreet } = useOfficerScope();
  const options = useQuery({ queryKey: caseKeys.formOptions, queryFn: fetchFormOptions });
  const [form] = Form.useForm<HotlineForm>();
  const district = Form.useWatch('district', form);
  const problems = useFormProblems(form, fields);

  const save = useMutation({
    mutationFn: (v: HotlineForm) =>
      enterHotlineCase({
        type: v.type,
        title: v.title.trim(),
        description: v.description.trim(),
        district: v.district ?? ownDistrict ?? '',
        street: v.street ?? ownStreet ?? null,
        platformCode: v.platformCode ?? null,
        employerName: v.employerName?.trim() || null,
        workersAffected: v.workersAffected,
        amountClaimed: v.amountClaimed?.trim() || null,
        occurredOn: v.occurredOn?.format('YYYY-MM-DD') ?? null,
        parties: v.parties.map((p) => ({
          kind: p.kind,
          name: p.name.trim(),
          contact: p.contact?.trim() || null,
          platformCode: null,
          enterpriseId: null,
        })),
      }),
    onSuccess: (created) => {
      void message.success(t('cases.hotline.created', { number: created.number }));
      void queryClient.invalidateQueries({ queryKey: caseKeys.all });
      void navigate(`/cases/${created.id}`);
    },
    onError: problems.show,
  });
  const required = { required: true, whitespace: true, message: t('cases.common.required') };
  const districts = regions.data && area ? districtOptions(regions.data, area, language) : [];
  const streets = regions.data && area ? streetOptions(regions.data, area, district, language) : [];

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%', maxWidth: 880 }}>
      <div>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('cases.hotline.title')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('cases.hotline.intro')}</Typography.Text>
      </div>
      {problems.alert}
      <Form<HotlineForm>
        form={form}
        layout="vertical"
        name="hotline"
        initialValues={{ type: 'wage_arrears', workersAffected: 1, parties: [{ kind: 'worker', name: '' }] }}
        onFinish={(v) => {
          problems.clear();
          save.mutate(v);
        }}
      >
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item label={t('cases.hotline.type')} name="type" rules={[{ required: true }]}>
              <Select options={caseTypes.map((v) => ({ value: v, label: typeLabel(v, language) }))} />
            </Form.Item>
          </Col>
          <Col xs={24} md={16}>
            <Form.Item label={t('cases.hotline.title_')} name="title" rules={[{ ...required, min: 2 }]}>
              <Input maxLength={120} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item
          label={t('cases.hotline.description')}
          name="description"
          rules={[{ ...required, min: 5 }]}
        >
          <Input.TextArea rows={4} maxLength={5000} showCount />
        </Form.Item>
        <Row gutter={16}>
          {districts.length > 0 && (
            <Col xs={24} md={8}>
              <Form.Item label={t('cases.hotline.district')} name="district" rules={[required]}>
                <Select options={districts} showSearch={{ optionFilterProp: 'label' }} />
              </Form.Item>
            </Col>
          )}
          {streets.length > 0 && (
            <Col xs={24} md={8}>
              <Form.Item label={t('cases.hotline.street')} name="street">
                <Select allowClear options={streets} showSearch={{ optionFilterProp: 'label' }} />
              </Form.Item>
            </Col>
          )}
          <Col xs={24} md={8}>
            <Form.Item label={t('cases.hotline.platform')} name="platformCode">
              <Select
                allowClear
                loading={options.isLoading}
                options={(options.data?.platforms ?? []).map((p) => ({
                  value: p.code,
                  label: language === 'en' ? p.nameEn : p.nameZh,
                }))}
              />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item label={t('cases.hotline.employer')} name="employerName">
              <Input maxLength={120} />
            </Form.Item>
          </Col>
          <Col xs={12} md={5}>
            <Form.Item label={t('cases.hotline.workers')} name="workersAffected" rules={[{ required: true }]}>
              <InputNumber min={1} max={100_000} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} md={5}>
            <Form.Item
              label={t('cases.hotline.amount')}
              name="amountClaimed"
              rules={[{ pattern: /^\d{1,12}(\.\d{1,2})?$/, message: t('cases.common.amountRule') }]}
            >
              <Input inputMode="decimal" maxLength={15} />
            </Form.Item>
          </Col>
          <Col xs={24} md={6}>
            <Form.Item label={t('cases.hotline.occurredOn')} name="occurredOn">
              <DatePicker disabledDate={(d) => d.isAfter(cityToday(), 'day')} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <Typography.Title level={5}>{t('cases.hotline.parties')}</Typography.Title>
        <Form.List name="parties">
          {(items, { add, remove }) => (
            <>
              {items.map((item) => (
                <Row gutter={8} key={item.key} align="top">
                  <Col xs={24} md={5}>
                    <Form.Item
                      name={[item.name, 'kind']}
                      label={t('cases.hotline.partyKind')}
                      rules={[{ required: true }]}
                    >
                      <Select
                        options={partyKinds.map((k) => ({
                          value: k,
                          label: t(`cases.detail.partyKinds.${k}`),
                        }))}
                      />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={9}>
                    <Form.Item
                      name={[item.name, 'name']}
                      label={t('cases.hotline.partyName')}
                      rules={[required]}
                    >
                      <Input maxLength={120} />
                    </Form.Item>
                  </Col>
                  <Col xs={20} md={8}>
                    <Form.Item
                      name={[item.name, 'contact']}
                      label={t('cases.hotline.partyContact')}
                      rules={[{ pattern: /^[0-9+\- ]{5,20}$/, message: t('cases.common.phoneRule') }]}
                    >
                      <Input inputMode="tel" maxLength={20} />
                    </Form.Item>
                  </Col>
                  <Col xs={4} md={2} style={{ paddingTop: 30 }}>
                    {items.length > 1 && (
                      <Button
                        type="text"
                        aria-label={t('cases.hotline.removeParty')}
                        icon={<MinusCircleOutlined />}
                        onClick={() => remove(item.name)}
                      />
                    )}
                  </Col>
                </Row>
              ))}
              <Button
                icon={<PlusOutlined />}
                onClick={() => add({ kind: 'worker', name: '' })}
                style={{ marginBottom: 16 }}
              >
                {t('cases.hotline.addParty')}
              </Button>
            </>
          )}
        </Form.List>
        <Form.Item>
          <Button type="primary" htmlType="submit" loading={save.isPending}>
            {t('cases.hotline.submit')}
          </Button>
        </Form.Item>
      </Form>
    </Space>
  );
}
