import type { DataNotice } from '@gigpact/contracts';
import { Alert, Space } from 'antd';
import { localized } from '../../i18n/localized';
import { useLanguage } from '../../shell/session';

/** What an analysis says of the data it read (rows a later upload holds again, read from it alone), in warnings. */
export function DataNotices({ notices }: { notices: readonly DataNotice[] }) {
  const { language } = useLanguage();
  if (notices.length === 0) return null;
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {notices.map((notice, i) => (
        <Alert
          key={`${notice.code}.${i}`}
          type="warning"
          showIcon
          data-testid="data-notice"
          title={localized(notice, language)}
        />
      ))}
    </Space>
  );
}
