import type { ThemeConfig } from 'antd';

/** The union's colours: a restrained deep red on white and greys, as on official federation sites. */
export const unionRed = '#b3261e';
export const unionRedDark = '#8c1d17';

// Chinese faces first so CJK text never falls back to a Latin font's poor substitutes.
export const fontFamily = [
  '"PingFang SC"',
  '"Hiragino Sans GB"',
  '"Microsoft YaHei"',
  '"Noto Sans CJK SC"',
  '"Source Han Sans SC"',
  '"WenQuanYi Micro Hei"',
  '-apple-system',
  '"Segoe UI"',
  'Roboto',
  '"Helvetica Neue"',
  'Arial',
  'sans-serif',
].join(', ');

export const theme: ThemeConfig = {
  token: {
    colorPrimary: unionRed,
    colorLink: unionRed,
    colorInfo: '#1f4e8c',
    // antd derives a heavy grey-blue from so dark a blue; notes stay light, as its other alerts are.
    colorInfoBg: '#eef3f9',
    colorInfoBorder: '#c3d3e8',
    borderRadius: 4,
    fontFamily,
    fontSize: 14,
    colorBgLayout: '#f4f5f7',
  },
  components: {
    Layout: { headerBg: unionRed, headerHeight: 56, headerPadding: '0 20px', siderBg: '#ffffff' },
    Menu: { itemSelectedBg: '#fbeceb', itemSelectedColor: unionRed },
  },
};
