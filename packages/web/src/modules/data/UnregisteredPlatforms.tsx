import { Alert } from 'antd';
import type { DatasetDetail } from '@gigpact/contracts';
import { useTranslation } from 'react-i18next';

/**
 * A warning for each platform the rows name that the registry does not hold, offering the registered code spelt
 * alike: an agreement that names its platforms checks only their rows.
 */
export function UnregisteredPlatforms({ platforms }: { platforms: DatasetDetail['unregisteredPlatforms'] }) {
  const { t } = useTranslation();
  return platforms.map(({ code, near }) => (
    <Alert
      key={code}
      type="warning"
      showIcon
      data-testid="unregistered-platform"
      title={
        near
          ? t('data.detail.unregisteredPlatformNear', { code, near })
          : t('data.detail.unregisteredPlatform', { code })
      }
    />
  ));
}
