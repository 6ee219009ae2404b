/** 月度报告: the reports page's texts ("reports" namespace). */
export const reportsZh = {
  title: '月度报告',
  intro:
    '每月 1 日凌晨 2 点自动生成上月报告（全市及各区县、产业工会）；数字与统计看板一致，不足最小组规模的格子已隐藏。',
  generate: {
    title: '生成报告',
    organisation: '组织',
    wholeTenant: '我负责的全部范围',
    month: '月份',
    submit: '生成报告',
    done: '报告已生成',
    working: '正在生成，约需数秒…',
  },
  columns: {
    month: '月份',
    scope: '范围',
    generatedAt: '生成时间',
    generatedBy: '生成方式',
    files: '下载',
  },
  byJob: '每月自动生成',
  byStaff: '{{name}} 手动生成',
  pdf: 'PDF',
  xlsx: 'Excel',
  noPdf: '生成时服务器未安装中文字体，暂无 PDF',
  empty: '还没有报告',
};
