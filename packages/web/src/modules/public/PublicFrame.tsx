import type { ReactNode } from 'react';
import { Layout, Space } from 'antd';
import { Link } from 'react-router';
import { Brand } from '../../shell/Brand';
import { LanguageSwitch } from '../../shell/LanguageSwitch';

/**
 * The frame of the public's pages (agreements, rules, scorecards): brand, language and sign-in; fits a phone in
 * either language. The brand leads back to the page's own list.
 */
export function PublicFrame({
  home,
  signInLabel,
  children,
}: {
  home: string;
  signInLabel: string;
  children: ReactNode;
}) {
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header
        style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', paddingInline: 12 }}
      >
        {/* The brand gives way (its subtitle ends in an ellipsis) so that the header fits a phone. */}
        <Link
          to={home}
          aria-label="Gigpact"
          style={{ display: 'flex', minWidth: 0, flex: '1 1 auto', overflow: 'hidden' }}
        >
          <Brand onDark />
        </Link>
        <Space size="small" style={{ flexShrink: 0 }}>
          <LanguageSwitch onDark />
          <Link to="/login" style={{ color: '#fff' }}>
            {signInLabel}
          </Link>
        </Space>
      </Layout.Header>
      <Layout.Content style={{ padding: 12, maxWidth: 1200, width: '100%', margin: '0 auto', minWidth: 0 }}>
        {children}
      </Layout.Content>
    </Layout>
  );
}
