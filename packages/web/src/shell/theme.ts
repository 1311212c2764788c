import type { Language } from '@gigpact/contracts';
import type { ThemeConfig } from 'antd';

/** The union's colours: a restrained deep red on white and greys, as on official federation sites. */
export const unionRed = '#b3261e';
export const unionRedDark = '#8c1d17';

const chineseFaces = [
  '"PingFang SC"',
  '"Hiragino Sans GB"',
  '"Microsoft YaHei"',
  '"Noto Sans CJK SC"',
  '"Source Han Sans SC"',
  '"WenQuanYi Micro Hei"',
];
const latinFaces = ['-apple-system', '"Segoe UI"', 'Roboto', '"Helvetica Neue"', 'Arial'];

/**
 * The faces in the reader's language. In Chinese, the Chinese faces come first, so that CJK text never falls back
 * to a Latin font's poor substitutes and quotation marks take their full-width Chinese shapes. In English, the Latin
 * faces come first, so that apostrophes and quotation marks keep their narrow Latin shapes; Chinese names and data
 * in English pages still fall through to the Chinese faces, which the Latin ones lack.
 */
export function fontFamilyFor(language: Language): string {
  const faces = language === 'en' ? [...latinFaces, ...chineseFaces] : [...chineseFaces, ...latinFaces];
  return [...faces, 'sans-serif'].join(', ');
}

export const theme: ThemeConfig = {
  token: {
    colorPrimary: unionRed,
    colorLink: unionRed,
    colorInfo: '#1f4e8c',
    // antd derives a heavy grey-blue from so dark a blue; notes stay light, as its other alerts are.
    colorInfoBg: '#eef3f9',
    colorInfoBorder: '#c3d3e8',
    borderRadius: 4,
    fontFamily: fontFamilyFor('zh'),
    fontSize: 14,
    colorBgLayout: '#f4f5f7',
  },
  components: {
    Layout: { headerBg: unionRed, headerHeight: 56, headerPadding: '0 20px', siderBg: '#ffffff' },
    Menu: { itemSelectedBg: '#fbeceb', itemSelectedColor: unionRed },
  },
};

/** The union's theme with the faces of the reader's language. */
export function themeFor(language: Language): ThemeConfig {
  return { ...theme, token: { ...theme.token, fontFamily: fontFamilyFor(language) } };
}
