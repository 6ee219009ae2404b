import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, DatePicker, Flex, Form, Input, InputNumber, Radio, Row, Select } from 'antd';
import { AudienceSelect } from '../../components/AudienceSelect';
import { useEventsTranslation } from '../../i18n/events-ns';
import type { EventHostChoice } from '../../lib/event-types';
import type { Organisation } from '../../lib/types';

const workplaceKinds = new Set(['enterprise_union', 'grassroots_union', 'industry_union', 'district_union']);

/** Who may come: places, the groups it is meant for, open or invitation-only, and when registration runs. */
export function EditorRegistration({ organisations }: { organisations: readonly Organisation[] }) {
  const { t, i18n } = useEventsTranslation();
  const visibility = Form.useWatch('visibility', Form.useFormInstance());
  const lang = i18n.language === 'en' ? 'en' : 'zh-CN';
  return (
    <Card title={t('editor.registration')} size="small" style={{ marginBottom: 16 }}>
      <Row gutter={16}>
        <Col xs={24} md={6}>
          <Form.Item
            name="capacity"
            label={t('editor.capacity')}
            extra={t('editor.capacityHint')}
            rules={[{ required: true, message: t('common.required') }]}
          >
            <InputNumber min={1} max={5000} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={24} md={18}>
          <Form.Item name="audiences" label={t('editor.audiences')} extra={t('editor.audiencesHint')}>
            <AudienceSelect lang={lang} placeholder={t('editor.audiencesAll')} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="visibility" label={t('editor.visibility')}>
        <Radio.Group
          options={[
            { value: 'open', label: t('editor.visibilityOpen') },
            { value: 'invitation', label: t('editor.visibilityInvitation') },
          ]}
        />
      </Form.Item>
      {visibility === 'invitation' ? (
        <Form.Item
          name="invitedOrganisationId"
          label={t('editor.invited')}
          extra={t('editor.invitedHint')}
          rules={[{ required: true, message: t('editor.problems.no_invited') }]}
        >
          <Select
            showSearch
            optionFilterProp="label"
            options={organisations
              .filter((o) => o.active && workplaceKinds.has(o.kind))
              .map((o) => ({ value: o.id, label: lang === 'en' && o.nameEn ? o.nameEn : o.name }))}
          />
        </Form.Item>
      ) : null}
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name="registrationOpens" label={t('editor.opens')} extra={t('editor.opensHint')}>
            <DatePicker
              showTime={{ format: 'HH:mm', minuteStep: 5 }}
              format="YYYY-MM-DD HH:mm"
              style={{ width: '100%' }}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="registrationCloses" label={t('editor.closes')} extra={t('editor.closesHint')}>
            <DatePicker
              showTime={{ format: 'HH:mm', minuteStep: 5 }}
              format="YYYY-MM-DD HH:mm"
              style={{ width: '100%' }}
            />
          </Form.Item>
        </Col>
      </Row>
    </Card>
  );
}

/** Who leads it: counsellors who can host (the server checks their diaries), or an outside expert by name. */
export function EditorHosts({ hosts }: { hosts: readonly EventHostChoice[] }) {
  const { t } = useEventsTranslation();
  const form = Form.useFormInstance();
  const rows = Form.useWatch<{ type?: string }[] | undefined>('hosts', form);
  return (
    <Card title={t('editor.hosts')} size="small" style={{ marginBottom: 16 }}>
      <Form.List
        name="hosts"
        rules={[
          {
            validator: (_, v?: unknown[]) =>
              v?.length ? Promise.resolve() : Promise.reject(new Error(t('editor.problems.no_host'))),
          },
        ]}
      >
        {(fields, { add, remove }, { errors }) => (
          <>
            {fields.map((field) => {
              const type = rows?.[field.name]?.type;
              return (
                <Flex key={field.key} gap={8} align="start" wrap data-testid="host-row">
                  <Form.Item name={[field.name, 'type']} style={{ width: 130 }}>
                    <Select
                      aria-label={t('editor.hostType')}
                      options={[
                        { value: 'counsellor', label: t('editor.hostCounsellor') },
                        { value: 'outside', label: t('editor.hostOutside') },
                      ]}
                      onChange={() => form.setFieldValue(['hosts', field.name, 'userId'], undefined)}
                    />
                  </Form.Item>
                  {type === 'outside' ? (
                    <>
                      <Form.Item
                        name={[field.name, 'name']}
                        style={{ flex: 1, minWidth: 160 }}
                        rules={[{ required: true, message: t('common.required') }]}
                      >
                        <Input
                          placeholder={t('editor.hostName')}
                          aria-label={t('editor.hostName')}
                          maxLength={60}
                        />
                      </Form.Item>
                      <Form.Item name={[field.name, 'nameEn']} style={{ flex: 1, minWidth: 160 }}>
                        <Input
                          placeholder={t('editor.hostNameEn')}
                          aria-label={t('editor.hostNameEn')}
                          maxLength={80}
                          lang="en"
                        />
                      </Form.Item>
                    </>
                  ) : (
                    <Form.Item
                      name={[field.name, 'userId']}
                      style={{ flex: 1, minWidth: 220 }}
                      rules={[{ required: true, message: t('editor.hostPick') }]}
                    >
                      <Select
                        showSearch
                        optionFilterProp="label"
                        aria-label={t('editor.hostCounsellor')}
                        placeholder={t('editor.hostPick')}
                        options={hosts.map((h) => ({ value: h.id, label: h.name }))}
                      />
                    </Form.Item>
                  )}
                  <Button
                    icon={<DeleteOutlined />}
                    aria-label={t('editor.hostRemove')}
                    onClick={() => remove(field.name)}
                  />
                </Flex>
              );
            })}
            <Flex gap={8}>
              <Button icon={<PlusOutlined />} onClick={() => add({ type: 'counsellor' })}>
                {t('editor.addCounsellor')}
              </Button>
              <Button icon={<PlusOutlined />} onClick={() => add({ type: 'outside', name: '', nameEn: '' })}>
                {t('editor.addOutside')}
              </Button>
            </Flex>
            <Form.ErrorList errors={errors} />
          </>
        )}
      </Form.List>
    </Card>
  );
}
