import type { ThemeConfig } from 'antd';

/** A calm carnation rose on warm white: friendly without being loud, readable on office screens. */
export const carnationRose = '#b4385c';

export const theme: ThemeConfig = {
  token: {
    colorPrimary: carnationRose,
    colorLink: carnationRose,
    colorBgLayout: '#f7f3f4',
    borderRadius: 8,
    fontFamily:
      "-apple-system, BlinkMacSystemFont, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Helvetica Neue', Arial, sans-serif",
  },
  components: {
    Layout: { siderBg: '#ffffff', headerBg: '#ffffff', headerPadding: '0 24px' },
    Menu: { itemSelectedBg: '#fbeef2', itemSelectedColor: carnationRose },
  },
};
