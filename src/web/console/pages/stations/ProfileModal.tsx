import { App, Checkbox, Col, Form, Input, Row, Select, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../components/FormModal';
import { call } from '../../lib/call';
import type { CounsellorEntry } from '../../lib/types';
import { useSubmit } from '../../lib/use-submit';

export const specialties = [
  'work_stress',
  'family_parenting',
  'relationships',
  'burnout',
  'crisis',
  'sleep',
  'elders',
] as const;

type Specialty = (typeof specialties)[number];

interface Values {
  publicName: string;
  publicNameEn: string;
  qualification: string;
  qualificationEn: string;
  specialties: Specialty[];
  languages: string[];
  bio?: string;
  bioEn?: string;
  photoUrl?: string | null;
  active: boolean;
}

const languageChoices = ['普通话', '粤语', '英语 English', '手语'];

/** The profile workers see when they choose a counsellor: the name they go by, qualification, specialties. */
export function ProfileModal({
  counsellor,
  onClose,
  onSaved,
}: {
  counsellor: CounsellorEntry;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const p = counsellor.profile;
  const { busy, error, submit } = useSubmit(
    (v: Values) =>
      call('PUT', `/api/v1/counsellors/${counsellor.id}/profile`, {
        publicName: v.publicName.trim(),
        publicNameEn: v.publicNameEn.trim(),
        qualification: v.qualification.trim(),
        qualificationEn: v.qualificationEn.trim(),
        specialties: specialties.filter((s) => v.specialties?.includes(s)),
        languages: [...new Set(v.languages.map((l) => l.trim()).filter(Boolean))],
        bio: v.bio?.trim() ?? '',
        bioEn: v.bioEn?.trim() ?? '',
        photoUrl: v.photoUrl?.trim() ? v.photoUrl.trim() : null,
        active: v.active,
      }),
    {
      onDone: () => {
        void message.success(t('stations.profileForm.saved'));
        onSaved();
      },
    },
  );
  const required = (min: number) => ({
    required: true,
    whitespace: true,
    min,
    message: t('stations.profileForm.required'),
  });
  return (
    <FormModal<Values>
      title={t('stations.profileForm.title', { name: p?.name ?? counsellor.accountName })}
      width={760}
      busy={busy}
      error={error}
      onClose={onClose}
      form={form}
      name="counsellor-profile"
      initialValues={
        p
          ? {
              publicName: p.name,
              publicNameEn: p.nameEn,
              qualification: p.qualification,
              qualificationEn: p.qualificationEn,
              specialties: p.specialties as Specialty[],
              languages: p.languages,
              bio: p.bio,
              bioEn: p.bioEn,
              photoUrl: p.photoUrl,
              active: p.active,
            }
          : { specialties: [], languages: ['普通话'], active: true }
      }
      onFinish={submit}
    >
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item name="publicName" label={t('stations.profileForm.publicName')} rules={[required(1)]}>
            <Input maxLength={40} placeholder={t('stations.profileForm.publicNamePlaceholder')} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="publicNameEn" label={t('stations.profileForm.publicNameEn')} rules={[required(1)]}>
            <Input maxLength={60} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item
            name="qualification"
            label={t('stations.profileForm.qualification')}
            rules={[required(2)]}
          >
            <Input maxLength={80} placeholder={t('stations.profileForm.qualificationPlaceholder')} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item
            name="qualificationEn"
            label={t('stations.profileForm.qualificationEn')}
            rules={[required(2)]}
          >
            <Input maxLength={120} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="specialties" label={t('stations.profileForm.specialties')}>
        <Checkbox.Group
          options={specialties.map((s) => ({ value: s, label: t(`counselling.specialties.${s}`) }))}
        />
      </Form.Item>
      <Form.Item
        name="languages"
        label={t('stations.profileForm.languages')}
        extra={t('stations.profileForm.languagesHint')}
        rules={[
          { required: true, type: 'array', min: 1, message: t('stations.profileForm.languagesRequired') },
        ]}
      >
        <Select mode="tags" maxCount={6} options={languageChoices.map((l) => ({ value: l, label: l }))} />
      </Form.Item>
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item name="bio" label={t('stations.profileForm.bio')}>
            <Input.TextArea rows={4} maxLength={600} showCount />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="bioEn" label={t('stations.profileForm.bioEn')}>
            <Input.TextArea rows={4} maxLength={900} showCount />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col span={16}>
          <Form.Item
            name="photoUrl"
            label={t('stations.profileForm.photoUrl')}
            rules={[{ type: 'url', message: t('stations.profileForm.photoUrlInvalid') }]}
          >
            <Input maxLength={500} placeholder="https://" />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item
            name="active"
            label={t('stations.profileForm.active')}
            valuePropName="checked"
            style={{ marginBottom: 0 }}
          >
            <Switch />
          </Form.Item>
        </Col>
      </Row>
    </FormModal>
  );
}
