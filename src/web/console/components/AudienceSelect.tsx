import { Select } from 'antd';
import { type AudienceId, audienceDimensions, audienceGroups } from '../../../core/content/audiences';

/** The dimension headings of the audience vocabulary, in the console's two languages. */
const dimensionLabel: Record<(typeof audienceDimensions)[number], { zh: string; en: string }> = {
  employment_form: { zh: '用工形式', en: 'Employment form' },
  industry: { zh: '行业', en: 'Industry' },
  position: { zh: '岗位', en: 'Position' },
  family: { zh: '家庭', en: 'Family' },
  age: { zh: '年龄', en: 'Age' },
};

/** The name of an audience group in the console's language (the id when it is no longer known). */
export function audienceName(id: string, lang: 'zh-CN' | 'en'): string {
  const g = audienceGroups.find((x) => x.id === id);
  return g ? (lang === 'en' ? g.en : g.zh) : id;
}

interface Props {
  lang: 'zh-CN' | 'en';
  value?: AudienceId[];
  onChange?: (v: AudienceId[]) => void;
  placeholder?: string;
  id?: string;
}

/** Several audience groups, grouped by dimension (a Form.Item control: value/onChange come from the form). */
export function AudienceSelect({ lang, value, onChange, placeholder, id }: Props) {
  return (
    <Select<AudienceId[]>
      id={id}
      mode="multiple"
      allowClear
      value={value ?? []}
      onChange={(v) => onChange?.(v)}
      placeholder={placeholder}
      optionFilterProp="label"
      options={audienceDimensions.map((d) => ({
        label: lang === 'en' ? dimensionLabel[d].en : dimensionLabel[d].zh,
        options: audienceGroups
          .filter((g) => g.dimension === d)
          .map((g) => ({ value: g.id, label: lang === 'en' ? g.en : g.zh })),
      }))}
    />
  );
}
