import { Alert, Button, Card, Descriptions, Flex, Skeleton, Typography } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { industryNames } from '@gigpact/contracts';
import { fetchPlatform } from '../../../api/registry';
import { errorMessage } from '../../../api/api-error';
import { localized } from '../../../i18n/localized';
import { useLanguage } from '../../../shell/session';
import { EnterprisesPanel } from '../enterprises/EnterprisesPanel';
import { formatRate } from '../charts/rates';
import { platformName, PlatformUnionTag } from './PlatformsPanel';

/** One platform: its union, its figures in the user's area and its enterprises there. */
export function PlatformDetail({ code }: { code: string }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const navigate = useNavigate();
  const platform = useQuery({ queryKey: ['registry', 'platform', code], queryFn: () => fetchPlatform(code) });
  const p = platform.data;
  const back = (
    <Button icon={<ArrowLeftOutlined />} onClick={() => void navigate('/registry/platforms')}>
      {t('registry.platforms.back')}
    </Button>
  );
  if (platform.isError)
    return (
      <Flex vertical gap={12} align="start">
        {back}
        <Alert type="error" showIcon title={errorMessage(platform.error, language)} />
      </Flex>
    );
  if (!p) return <Skeleton active />;
  return (
    <Flex vertical gap={16}>
      <Flex align="center" gap={12} wrap>
        {back}
        <Typography.Title level={4} style={{ margin: 0 }} data-testid="platform-title">
          {platformName(p, language)}
        </Typography.Title>
        <PlatformUnionTag platform={p} />
      </Flex>
      <Descriptions size="small" bordered column={{ xs: 1, md: 2, xl: 4 }}>
        <Descriptions.Item label={t('registry.platforms.code')}>{p.code}</Descriptions.Item>
        <Descriptions.Item label={t('registry.platforms.industry')}>
          {localized(industryNames[p.industry], language)}
        </Descriptions.Item>
        <Descriptions.Item label={t('registry.platforms.hq')}>
          {p.hqDistrictName ? localized(p.hqDistrictName, language) : '—'}
        </Descriptions.Item>
        <Descriptions.Item label={t('registry.platforms.workersEstimate')}>
          {p.workersEstimate.toLocaleString('en-US')}
        </Descriptions.Item>
        <Descriptions.Item label={t('registry.platforms.enterprises')}>{p.enterprises}</Descriptions.Item>
        <Descriptions.Item label={t('registry.platforms.enterprisesWithUnion')}>
          {p.enterprisesWithUnion} (
          {formatRate(p.enterprises ? p.enterprisesWithUnion / p.enterprises : null)})
        </Descriptions.Item>
        <Descriptions.Item label={t('registry.platforms.members')}>
          {p.members.toLocaleString('en-US')}
        </Descriptions.Item>
      </Descriptions>
      <Card size="small" title={t('registry.platforms.detailEnterprises')}>
        <EnterprisesPanel fixed={{ platform: p.code }} />
      </Card>
    </Flex>
  );
}
