import type { Localised } from './types';

/** Attribution lines shown under an instrument where its licence asks for them (instruments.md §3.11, §6). */
export const attributions = {
  pfizer: {
    en: 'Developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues, with an educational grant from Pfizer Inc. No permission required to reproduce, translate, display or distribute.',
    'zh-CN':
      '本量表由 Robert L. Spitzer、Janet B.W. Williams、Kurt Kroenke 等人在辉瑞公司教育基金资助下编制，无需许可即可复制、翻译、展示和分发。',
  },
  who5: {
    en: 'WHO-5 Well-Being Index © World Health Organization, used under CC BY-NC-SA 3.0 IGO.',
    'zh-CN': 'WHO-5 幸福感指数 © 世界卫生组织，依 CC BY-NC-SA 3.0 IGO 许可使用。',
  },
  kessler: {
    en: '© World Health Organization 2003. Kessler RC et al., Arch Gen Psychiatry 2003.',
    'zh-CN': '© 世界卫生组织 2003。Kessler RC 等，Arch Gen Psychiatry 2003。',
  },
  cbi: {
    en: 'Copenhagen Burnout Inventory, Kristensen TS et al. 2005 (NFA, Denmark). Chinese text from the Taiwan ILOSH version.',
    'zh-CN':
      '哥本哈根倦怠量表，Kristensen TS 等 2005（丹麦国家工作环境研究中心）。中文据台湾劳动及职业安全卫生研究所版本。',
  },
  ucla3: {
    en: 'Three-item loneliness scale, Hughes ME et al. 2004.',
    'zh-CN': '三条目孤独感量表，Hughes ME 等 2004。',
  },
  pss: {
    en: 'Perceived Stress Scale © Sheldon Cohen. Chinese items from the CPSS (Yang & Huang 2003).',
    'zh-CN': '知觉压力量表 © Sheldon Cohen。中文条目采用 CPSS（杨廷忠、黄汉腾 2003）。',
  },
  none: { en: '', 'zh-CN': '' },
} satisfies Record<string, Localised>;
