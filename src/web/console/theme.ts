import type { ThemeConfig } from 'antd';

/** A calm carnation rose on warm white: friendly without being loud, readable on office screens. */
export const carnationRose = '#b4385c';

export const theme: ThemeConfig = {
  token: {
    colorPrimary: carnationRose,
    colorLink: carnationRose,
    colorBgLayout: '#f7f3f4',
    // antd's default secondary grey (45% black) is 3.4:1 on white, under WCAG's 4.5:1 for small print such as
    // the sign-in page's privacy line; 65% black reads at 5.7:1 on the layout's warm white.
    colorTextSecondary: 'rgba(0, 0, 0, 0.65)',
    colorTextDescription: 'rgba(0, 0, 0, 0.65)',
    borderRadius: 8,
    fontFamily:
      "-apple-system, BlinkMacSystemFont, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Helvetica Neue', Arial, sans-serif",
  },
  components: {
    Layout: { siderBg: '#ffffff', headerBg: '#ffffff', headerPadding: '0 24px' },
    Menu: { itemSelectedBg: '#fbeef2', itemSelectedColor: carnationRose },
  },
};
