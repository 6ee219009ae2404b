import './content.css';
import { ArrowLeftOutlined, EyeOutlined, SaveOutlined } from '@ant-design/icons';
import { Alert, App, Button, Col, Flex, Form, Input, Result, Row, Tag, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { HomeButton } from '../../components/HomeButton';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { useContentTranslation } from '../../i18n/content-ns';
import { contentPowers } from '../../lib/content-access';
import { createContentItem, loadContentItem, saveContentItem } from '../../lib/content-api';
import {
  type ContentFormValues,
  emptyForm,
  formFromItem,
  inputFromForm,
  isDirty,
} from '../../lib/content-form';
import { allowedActions, ownWorkBlocksApproval, savedCurrentVersion } from '../../lib/content-status';
import type { StaffContentDetail } from '../../lib/content-types';
import { hasCode } from '../../lib/errors';
import { useLoad } from '../../lib/use-load';
import { useCurrentSession } from '../../session/context';
import { StatusTag } from './content-parts';
import { HistoryCard } from './HistoryCard';
import { MetaCard } from './MetaCard';
import { PreviewDrawer } from './PreviewDrawer';
import { type TextLang, TextTabs } from './TextTabs';
import { useContentError } from './use-content-error';
import { VersionsCard } from './VersionsCard';
import { WorkflowBar } from './WorkflowBar';

/** /content/new and /content/:id: the editor, its workflow steps, versions and history. */
export function ContentEditorPage() {
  const { id } = useParams();
  const { t } = useContentTranslation();
  const loaded = useLoad(() => (id ? loadContentItem(id) : Promise.resolve(null)), id ?? 'new');
  if (loaded.error && !loaded.data) {
    if (hasCode(loaded.error, 'content_not_found'))
      return <Result status="404" title={t('editor.notFound')} extra={<HomeButton />} />;
    return <LoadError error={loaded.error} retry={loaded.reload} />;
  }
  // Another item's answer (or none yet) waits; a reload of this item keeps the editor on screen.
  if (loaded.data === undefined || (loaded.loading && (loaded.data?.id ?? null) !== (id ?? null)))
    return <Loading />;
  return <Editor key={id ?? 'new'} item={loaded.data} reload={loaded.reload} />;
}

function Editor({ item, reload }: { item: StaffContentDetail | null; reload: () => void }) {
  const { t } = useContentTranslation();
  const { message } = App.useApp();
  const describe = useContentError();
  const navigate = useNavigate();
  const session = useCurrentSession();
  const powers = contentPowers(session);
  const [form] = Form.useForm<ContentFormValues>();
  const saved = useMemo(() => (item ? formFromItem(item) : emptyForm()), [item]);
  const watched = Form.useWatch([], form) as Partial<ContentFormValues> | undefined;
  const values: ContentFormValues = { ...saved, ...watched };
  const dirty = !item || isDirty(values, saved);
  const [tab, setTab] = useState<TextLang>('zh');
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [conflict, setConflict] = useState(false);
  const [preview, setPreview] = useState(false);

  // A reload after saving or a step brings the stored (sanitised) text back into the fields.
  useEffect(() => {
    form.setFieldsValue(saved);
  }, [form, saved]);

  const mine = item ? savedCurrentVersion(item, session.user.id) : false;
  const status = item?.status ?? 'draft';
  const actions = item ? allowedActions(status, powers, mine) : [];
  const readOnly = item ? !actions.includes('edit') : !powers.editor;

  const save = async () => {
    setError(null);
    try {
      await form.validateFields();
    } catch (e) {
      const first = (e as { errorFields?: { name: (string | number)[] }[] }).errorFields?.[0]?.name[0];
      if (first === 'zh' || first === 'en') setTab(first);
      setError(t('editor.fixFirst'));
      return;
    }
    const input = inputFromForm({ ...saved, ...form.getFieldsValue(true) });
    setBusy(true);
    try {
      if (!item) {
        const created = await createContentItem(input);
        void message.success(t('editor.created'));
        navigate(`/content/${created.id}`, { replace: true });
        return;
      }
      const next = await saveContentItem(item.id, {
        ...input,
        baseVersion: item.currentVersion,
        ...(note.trim() ? { note: note.trim() } : {}),
      });
      setNote('');
      void message.success(t('editor.saved', { version: next.currentVersion }));
      reload();
    } catch (e) {
      if (hasCode(e, 'version_conflict')) setConflict(true);
      else setError(describe(e));
    } finally {
      setBusy(false);
    }
  };

  const title = item ? values.zh.title || item.titleZh : t('editor.newTitle');
  return (
    <Form<ContentFormValues> form={form} layout="vertical" initialValues={saved}>
      <Link to="/content" style={{ display: 'inline-block', marginBottom: 8 }}>
        <ArrowLeftOutlined /> {t('editor.back')}
      </Link>
      <div className="content-sticky-bar">
        <Flex align="center" gap={12} wrap>
          <Typography.Title level={4} style={{ margin: 0, maxWidth: 520 }} ellipsis={{ tooltip: title }}>
            {title}
          </Typography.Title>
          {item ? <StatusTag status={item.status} /> : null}
          {item ? <Tag>{t('editor.version', { version: item.currentVersion })}</Tag> : null}
          {!readOnly ? (
            <Typography.Text type={dirty ? 'warning' : 'secondary'} aria-live="polite">
              {dirty ? t('editor.unsaved') : t('editor.allSaved')}
            </Typography.Text>
          ) : null}
          <span style={{ flex: 1 }} />
          <Button icon={<EyeOutlined />} onClick={() => setPreview(true)}>
            {t('editor.preview')}
          </Button>
          {!readOnly ? (
            <>
              {item ? (
                <Input
                  aria-label={t('editor.saveNote')}
                  placeholder={t('editor.saveNote')}
                  value={note}
                  onChange={(e) => setNote(e.target.value)}
                  maxLength={200}
                  style={{ width: 200 }}
                />
              ) : null}
              <Button
                type={dirty ? 'primary' : 'default'}
                icon={<SaveOutlined />}
                loading={busy}
                disabled={item !== null && !dirty}
                onClick={() => void save()}
              >
                {item ? t('editor.save') : t('editor.create')}
              </Button>
            </>
          ) : null}
          {item ? (
            <WorkflowBar item={item} actions={actions} dirty={dirty && !readOnly} onDone={reload} />
          ) : null}
        </Flex>
        {/* In the bar, so a refused save is seen wherever the writer has scrolled to. */}
        {conflict ? (
          <Alert
            type="warning"
            showIcon
            role="alert"
            title={t('errors.version_conflict')}
            action={
              <Button
                onClick={() => {
                  setConflict(false);
                  reload();
                }}
              >
                {t('errors.reload')}
              </Button>
            }
            style={{ marginTop: 12 }}
          />
        ) : null}
        {error ? <Alert type="error" showIcon role="alert" title={error} style={{ marginTop: 12 }} /> : null}
      </div>
      {item && ownWorkBlocksApproval(item.status, powers, mine) ? (
        <Alert
          type="info"
          showIcon
          title={t('workflow.ownWork', { version: item.currentVersion })}
          style={{ marginBottom: 16 }}
        />
      ) : null}
      {item && readOnly ? (
        <Alert
          type="info"
          showIcon
          title={t(item.status === 'archived' ? 'editor.archivedReadOnly' : 'editor.readOnly')}
          style={{ marginBottom: 16 }}
        />
      ) : null}
      {item?.publishedVersion &&
      item.publishedVersion !== item.currentVersion &&
      item.status !== 'archived' ? (
        <Alert
          type="success"
          showIcon
          title={t('editor.liveVersion', { version: item.publishedVersion })}
          style={{ marginBottom: 16 }}
        />
      ) : null}
      <Row gutter={16} className={readOnly ? 'content-readonly' : undefined}>
        <Col xs={24} xl={16}>
          <TextTabs active={tab} onActive={setTab} readOnly={readOnly} />
        </Col>
        <Col xs={24} xl={8}>
          <MetaCard isNew={!item} readOnly={readOnly} />
          {item ? <VersionsCard item={item} /> : null}
          {item ? <HistoryCard history={item.history} /> : null}
        </Col>
      </Row>
      {preview ? <PreviewDrawer values={values} initial={tab} onClose={() => setPreview(false)} /> : null}
    </Form>
  );
}
