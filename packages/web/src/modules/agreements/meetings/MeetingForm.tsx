import { Alert, App, Button, Card, Flex, Form, Input, Select, Space, TreeSelect, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  cityDate,
  participantRoleNames,
  participantRoles,
  proposalOutcomeNames,
  proposalOutcomes,
  type MeetingDetail,
  type MeetingInput,
} from '@gigpact/contracts';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ApiError, errorMessage } from '../../../api/api-error';
import { localized } from '../../../i18n/localized';
import { PageSpinner } from '../../../shell/PageSpinner';
import { useLanguage, useSession } from '../../../shell/session';
import type { Clause } from '../clause';
import { createMeeting, getMeeting, meetingKeys, updateMeeting } from './api';
import { regionTreeOptions } from './region-options';

type Values = Required<Omit<MeetingInput, 'proposals' | 'followUps'>> & {
  proposals: NonNullable<MeetingInput['proposals']>;
  followUps: NonNullable<MeetingInput['followUps']>;
};

/** Records a new meeting over an agreement, or changes the record of `meetingId`. */
export function MeetingForm(props: { agreementId: string; clauses: Clause[]; meetingId?: string }) {
  const query = useQuery({
    queryKey: meetingKeys.detail(props.meetingId ?? ''),
    queryFn: () => getMeeting(props.meetingId!),
    enabled: props.meetingId !== undefined,
  });
  if (props.meetingId && query.isLoading) return <PageSpinner />;
  return <MeetingFormFields {...props} existing={query.data} />;
}

function MeetingFormFields({
  agreementId,
  clauses,
  existing,
}: {
  agreementId: string;
  clauses: Clause[];
  existing?: MeetingDetail;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { message } = App.useApp();
  const session = useSession();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const base = `/agreements/${encodeURIComponent(agreementId)}/meetings`;
  const save = useMutation({
    mutationFn: (values: Values) =>
      existing
        ? updateMeeting(existing.id, { ...values, rowVersion: existing.rowVersion })
        : createMeeting(agreementId, values),
    onSuccess: async (saved) => {
      await queryClient.invalidateQueries({ queryKey: meetingKeys.all });
      void message.success(t('agreements.meetings.saved'));
      void navigate(`${base}/${saved.id}`);
    },
    onError: async (error) => {
      if (error instanceof ApiError && error.code === 'CONFLICT')
        await queryClient.invalidateQueries({ queryKey: meetingKeys.all });
    },
  });
  const ownArea = session.data?.user.area.split(':')[1];
  const initial: Values = existing
    ? {
        title: existing.title,
        heldOn: existing.heldOn,
        place: existing.place,
        regionCode: existing.regionCode,
        parties: existing.parties,
        participants: existing.participants,
        proposals: existing.proposals,
        followUps: existing.followUps,
        minutes: existing.minutes,
      }
    : {
        title: '',
        heldOn: cityDate(new Date()),
        place: '',
        regionCode: ownArea ?? '310000',
        parties: [],
        participants: [],
        proposals: [],
        followUps: [],
        minutes: '',
      };
  const issues = save.error instanceof ApiError ? save.error.issues : [];

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      initialValues={initial}
      onFinish={() => save.mutate(form.getFieldsValue(true) as Values)}
      data-testid="meeting-form"
    >
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <Link to={existing ? `${base}/${existing.id}` : base}>← {t('agreements.meetings.back')}</Link>
        <Typography.Title level={5} style={{ margin: 0 }}>
          {existing ? existing.title : t('agreements.meetings.newTitle')}
        </Typography.Title>
        {save.error !== null && (
          <Alert
            type="error"
            showIcon
            title={
              save.error instanceof ApiError && save.error.code === 'CONFLICT'
                ? t('agreements.meetings.conflict')
                : errorMessage(save.error, language)
            }
            description={
              issues.length ? (
                <ul style={{ margin: 0, paddingLeft: 18 }} data-testid="meeting-problems">
                  {issues.map((issue, i) => (
                    <li key={i}>{localized(issue, language)}</li>
                  ))}
                </ul>
              ) : undefined
            }
          />
        )}
        <Flex gap={12} wrap>
          <Form.Item
            name="title"
            label={t('agreements.meetings.title')}
            rules={[{ required: true }]}
            style={{ flex: 2, minWidth: 260 }}
          >
            <Input data-testid="meeting-title" maxLength={200} />
          </Form.Item>
          <Form.Item name="heldOn" label={t('agreements.meetings.heldOn')} rules={[{ required: true }]}>
            <Input type="date" data-testid="meeting-date" />
          </Form.Item>
        </Flex>
        <Flex gap={12} wrap>
          <Form.Item
            name="place"
            label={t('agreements.meetings.place')}
            rules={[{ required: true }]}
            style={{ flex: 2, minWidth: 260 }}
          >
            <Input data-testid="meeting-place" maxLength={200} />
          </Form.Item>
          <Form.Item
            name="regionCode"
            label={t('agreements.meetings.region')}
            rules={[{ required: true }]}
            style={{ flex: 1, minWidth: 220 }}
          >
            <TreeSelect
              treeData={regionTreeOptions(language)}
              showSearch
              treeNodeFilterProp="title"
              treeDefaultExpandAll={false}
            />
          </Form.Item>
        </Flex>
        <Form.Item
          name="parties"
          label={t('agreements.meetings.parties')}
          extra={t('agreements.meetings.partiesHelp')}
        >
          <Select mode="tags" data-testid="meeting-parties" />
        </Form.Item>
        <Card
          size="small"
          title={t('agreements.meetings.participants')}
          extra={t('agreements.meetings.participantsHelp')}
        >
          <Form.List name="participants">
            {(fields, { add, remove }) => (
              <>
                {fields.map((field) => (
                  <Flex key={field.key} gap={8} align="start" wrap>
                    <Form.Item
                      name={[field.name, 'name']}
                      rules={[{ required: true }]}
                      style={{ width: 160 }}
                    >
                      <Input
                        placeholder={t('agreements.meetings.name')}
                        data-testid={`participant-name-${field.name}`}
                      />
                    </Form.Item>
                    <Form.Item name={[field.name, 'organisation']} style={{ flex: 1, minWidth: 200 }}>
                      <Input
                        placeholder={t('agreements.meetings.organisation')}
                        data-testid={`participant-org-${field.name}`}
                      />
                    </Form.Item>
                    <Form.Item
                      name={[field.name, 'role']}
                      rules={[{ required: true }]}
                      style={{ width: 200 }}
                    >
                      <Select
                        data-testid={`participant-role-${field.name}`}
                        showSearch
                        optionFilterProp="label"
                        placeholder={t('agreements.meetings.role')}
                        options={participantRoles.map((r) => ({
                          value: r,
                          label: localized(participantRoleNames[r], language),
                        }))}
                      />
                    </Form.Item>
                    <Button onClick={() => remove(field.name)}>{t('agreements.meetings.remove')}</Button>
                  </Flex>
                ))}
                <Button
                  data-testid="participant-add"
                  onClick={() => add({ name: '', organisation: '', role: undefined })}
                >
                  {t('agreements.meetings.addParticipant')}
                </Button>
              </>
            )}
          </Form.List>
        </Card>
        <Card size="small" title={t('agreements.meetings.proposals')}>
          <Form.List name="proposals">
            {(fields, { add, remove }) => (
              <>
                {fields.map((field) => (
                  <Flex key={field.key} gap={8} align="start" wrap>
                    <Form.Item
                      name={[field.name, 'proposedBy']}
                      rules={[{ required: true }]}
                      style={{ width: 160 }}
                    >
                      <Input
                        placeholder={t('agreements.meetings.proposedBy')}
                        data-testid={`proposal-by-${field.name}`}
                      />
                    </Form.Item>
                    <Form.Item name={[field.name, 'clauseId']} style={{ width: 200 }}>
                      <Select
                        data-testid={`proposal-clause-${field.name}`}
                        showSearch
                        optionFilterProp="label"
                        placeholder={t('agreements.meetings.clause')}
                        options={[
                          { value: null, label: t('agreements.meetings.noClause') },
                          ...clauses.map((c) => ({ value: c.id, label: `${c.id} ${c.title}` })),
                        ]}
                      />
                    </Form.Item>
                    <Form.Item
                      name={[field.name, 'text']}
                      rules={[{ required: true }]}
                      style={{ flex: 2, minWidth: 240 }}
                    >
                      <Input.TextArea
                        autoSize
                        placeholder={t('agreements.meetings.proposal')}
                        data-testid={`proposal-text-${field.name}`}
                      />
                    </Form.Item>
                    <Form.Item name={[field.name, 'outcome']} style={{ width: 130 }}>
                      <Select
                        data-testid={`proposal-outcome-${field.name}`}
                        options={proposalOutcomes.map((o) => ({
                          value: o,
                          label: localized(proposalOutcomeNames[o], language),
                        }))}
                      />
                    </Form.Item>
                    <Form.Item name={[field.name, 'note']} style={{ flex: 1, minWidth: 160 }}>
                      <Input placeholder={t('agreements.meetings.note')} />
                    </Form.Item>
                    <Button onClick={() => remove(field.name)}>{t('agreements.meetings.remove')}</Button>
                  </Flex>
                ))}
                <Button
                  data-testid="proposal-add"
                  onClick={() =>
                    add({ proposedBy: '', clauseId: null, text: '', outcome: 'pending', note: '' })
                  }
                >
                  {t('agreements.meetings.addProposal')}
                </Button>
              </>
            )}
          </Form.List>
        </Card>
        <Card size="small" title={t('agreements.meetings.followUps')}>
          <Form.List name="followUps">
            {(fields, { add, remove }) => (
              <>
                {fields.map((field) => (
                  <Flex key={field.key} gap={8} align="start" wrap>
                    <Form.Item
                      name={[field.name, 'text']}
                      rules={[{ required: true }]}
                      style={{ flex: 2, minWidth: 240 }}
                    >
                      <Input
                        placeholder={t('agreements.meetings.followUp')}
                        data-testid={`follow-up-text-${field.name}`}
                      />
                    </Form.Item>
                    <Form.Item
                      name={[field.name, 'owner']}
                      rules={[{ required: true }]}
                      style={{ width: 200 }}
                    >
                      <Input
                        placeholder={t('agreements.meetings.owner')}
                        data-testid={`follow-up-owner-${field.name}`}
                      />
                    </Form.Item>
                    <Form.Item name={[field.name, 'dueOn']} rules={[{ required: true }]}>
                      <Input type="date" data-testid={`follow-up-due-${field.name}`} />
                    </Form.Item>
                    <Button onClick={() => remove(field.name)}>{t('agreements.meetings.remove')}</Button>
                  </Flex>
                ))}
                <Button
                  data-testid="follow-up-add"
                  onClick={() => add({ text: '', owner: '', dueOn: '', done: false })}
                >
                  {t('agreements.meetings.addFollowUp')}
                </Button>
              </>
            )}
          </Form.List>
        </Card>
        <Form.Item name="minutes" label={t('agreements.meetings.minutes')}>
          <Input.TextArea autoSize={{ minRows: 4, maxRows: 16 }} data-testid="meeting-minutes" />
        </Form.Item>
        <Space>
          <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="meeting-save">
            {t('agreements.meetings.save')}
          </Button>
          <Link to={existing ? `${base}/${existing.id}` : base}>
            <Button>{t('agreements.meetings.cancel')}</Button>
          </Link>
        </Space>
      </Space>
    </Form>
  );
}
