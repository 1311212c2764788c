import type { ReactNode } from 'react';
import {
  AlertOutlined,
  ApartmentOutlined,
  AuditOutlined,
  BarChartOutlined,
  DashboardOutlined,
  DatabaseOutlined,
  FileProtectOutlined,
  FileTextOutlined,
  HeartOutlined,
  HomeOutlined,
  SafetyCertificateOutlined,
  SettingOutlined,
  StarOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import type { ProductModule } from '@gigpact/contracts';

export const moduleIcons: Record<ProductModule, ReactNode> = {
  dashboard: <DashboardOutlined />,
  registry: <ApartmentOutlined />,
  agreements: <FileProtectOutlined />,
  data: <DatabaseOutlined />,
  audits: <AuditOutlined />,
  governance: <BarChartOutlined />,
  cases: <AlertOutlined />,
  mediation: <TeamOutlined />,
  aid: <HeartOutlined />,
  services: <HomeOutlined />,
  skills: <StarOutlined />,
  reports: <FileTextOutlined />,
  me: <SafetyCertificateOutlined />,
  admin: <SettingOutlined />,
};
