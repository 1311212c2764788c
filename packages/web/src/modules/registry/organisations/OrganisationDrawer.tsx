import { Alert, Descriptions, Drawer, Skeleton } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { organisationKindNames, type OrganisationStatus } from '@gigpact/contracts';
import { fetchOrganisation } from '../../../api/registry';
import { errorMessage } from '../../../api/api-error';
import { localized } from '../../../i18n/localized';
import { useLanguage } from '../../../shell/session';
import { usePlatformLabel } from '../../../shared/platform-names';

const statusKeys: Record<OrganisationStatus, string> = {
  preparing: 'statusPreparing',
  active: 'statusActive',
  dissolved: 'statusDissolved',
};

/** One organisation's details; the server masks contacts the user may not see in full (and logs each view). */
export function OrganisationDrawer({ id, onClose }: { id: string | undefined; onClose: () => void }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const platformName = usePlatformLabel(language);
  const detail = useQuery({
    queryKey: ['registry', 'organisation', id],
    queryFn: () => fetchOrganisation(id!),
    enabled: id !== undefined,
  });
  const o = detail.data;
  return (
    <Drawer
      open={id !== undefined}
      onClose={onClose}
      title={o?.name ?? t('registry.organisations.detail')}
      size={440}
      data-testid="organisation-drawer"
    >
      {detail.isError && <Alert type="error" showIcon title={errorMessage(detail.error, language)} />}
      {detail.isPending && <Skeleton active />}
      {o && (
        <Descriptions column={1} size="small" bordered>
          <Descriptions.Item label={t('registry.organisations.kind')}>
            {localized(organisationKindNames[o.kind], language)}
          </Descriptions.Item>
          <Descriptions.Item label={t('registry.organisations.area')}>
            {localized(o.areaName, language)}
          </Descriptions.Item>
          {o.platformCode && (
            <Descriptions.Item label={t('registry.organisations.platform')}>
              {platformName(o.platformCode)}
            </Descriptions.Item>
          )}
          <Descriptions.Item label={t('registry.organisations.foundedOn')}>
            {o.foundedOn ?? '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('registry.organisations.status')}>
            {t(`registry.organisations.${statusKeys[o.status]}`)}
          </Descriptions.Item>
          <Descriptions.Item label={t('registry.organisations.memberCount')}>
            {o.members.toLocaleString('en-US')}
          </Descriptions.Item>
          <Descriptions.Item label={t('registry.organisations.childCount')}>{o.children}</Descriptions.Item>
          <Descriptions.Item label={t('registry.organisations.contactName')}>
            {o.contactName ?? '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('registry.organisations.contactPhone')}>
            {o.contactPhone ?? '—'}
          </Descriptions.Item>
        </Descriptions>
      )}
    </Drawer>
  );
}
