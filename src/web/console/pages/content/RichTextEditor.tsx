import {
  BoldOutlined,
  DisconnectOutlined,
  ItalicOutlined,
  LinkOutlined,
  OrderedListOutlined,
  PicRightOutlined,
  PictureOutlined,
  UnorderedListOutlined,
} from '@ant-design/icons';
import { Button, Divider, Tooltip } from 'antd';
import { type ClipboardEvent, type KeyboardEvent, type ReactNode, useEffect, useRef, useState } from 'react';
import { useContentTranslation } from '../../i18n/content-ns';
import { escapeAttr, normaliseHtml, textToHtml } from '../../lib/content-html';
import {
  type EditorCommand,
  type EditorState,
  idleState,
  insertHtml,
  insertText,
  readState,
  restoreRange,
  run,
  saveRange,
} from './editor-commands';
import { ImageDialog, LinkDialog } from './editor-dialogs';

interface Props {
  /** Clean HTML (the stored body); a change from outside (a reload after saving) replaces the text. */
  value?: string;
  onChange?: (html: string) => void;
  /** Names the text box for screen readers, e.g. "中文正文". */
  label: string;
  disabled?: boolean;
  id?: string;
  'aria-invalid'?: boolean;
}

/**
 * A small WYSIWYG editor on contentEditable whose toolbar offers exactly the server's allowlist: paragraph,
 * headings, bold, italic, lists, quote, link and an uploaded image. It emits normalised HTML on every change;
 * pasted text arrives cleaned (a single line as plain text, several as paragraphs).
 */
export function RichTextEditor({ value = '', onChange, label, disabled, id, ...aria }: Props) {
  const { t } = useContentTranslation();
  const root = useRef<HTMLDivElement>(null);
  const emitted = useRef<string | null>(null);
  const range = useRef<Range | null>(null);
  const [state, setState] = useState<EditorState>(idleState);
  const [dialog, setDialog] = useState<'link' | 'image' | null>(null);

  // Only a value that is not what the editor itself last emitted replaces the text (keeps the caret).
  useEffect(() => {
    const el = root.current;
    if (!el || value === emitted.current) return;
    el.innerHTML = value;
    emitted.current = value;
  }, [value]);

  useEffect(() => {
    const update = () => {
      if (root.current) setState(readState(root.current));
    };
    document.addEventListener('selectionchange', update);
    return () => document.removeEventListener('selectionchange', update);
  }, []);

  const emit = () => {
    const el = root.current;
    if (!el) return;
    const html = normaliseHtml(el.innerHTML);
    emitted.current = html;
    onChange?.(html);
  };

  const command = (c: EditorCommand) => {
    const el = root.current;
    if (!el || disabled) return;
    if (!el.contains(document.getSelection()?.anchorNode ?? null)) restoreRange(el, range.current);
    // Enter then makes paragraphs, not the browser's default divs.
    document.execCommand('defaultParagraphSeparator', false, 'p');
    // A second press on a pressed block button returns to a plain paragraph.
    run(c === state.block && c !== 'p' ? 'p' : c);
    emit();
    setState(readState(el));
  };

  const openDialog = (kind: 'link' | 'image') => {
    if (!root.current || disabled) return;
    range.current = saveRange(root.current);
    setDialog(kind);
  };

  const insert = (html: string) => {
    const el = root.current;
    setDialog(null);
    if (!el) return;
    restoreRange(el, range.current);
    insertHtml(html);
    emit();
  };

  // Selected words become the link and keep their bold or italic; with none selected the text is inserted.
  const link = (url: string, text: string) => {
    const el = root.current;
    setDialog(null);
    if (!el) return;
    restoreRange(el, range.current);
    if (range.current && !range.current.collapsed) document.execCommand('createLink', false, url);
    else
      insertHtml(normaliseHtml(`<a href="${escapeAttr(url)}">${escapeAttr(text || url)}</a>`).slice(3, -4));
    emit();
  };

  const onPaste = (e: ClipboardEvent<HTMLDivElement>) => {
    e.preventDefault();
    const html = e.clipboardData.getData('text/html');
    const cleaned = html ? normaliseHtml(html) : textToHtml(e.clipboardData.getData('text/plain'));
    if (!cleaned) return;
    // One paragraph goes into the current line; more become paragraphs of their own.
    const single = /^<p>((?:(?!<p>).)*)<\/p>$/.exec(cleaned);
    if (single && !html) insertText(e.clipboardData.getData('text/plain').trim());
    else insertHtml(single ? (single[1] ?? '') : cleaned);
    emit();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'k') {
      e.preventDefault();
      openDialog('link');
    }
  };

  const button = (key: string, icon: ReactNode, title: string, pressed: boolean, onPress: () => void) => (
    <Tooltip key={key} title={title} mouseEnterDelay={0.4}>
      <Button
        type={pressed ? 'primary' : 'text'}
        ghost={pressed}
        size="small"
        icon={icon}
        aria-label={title}
        aria-pressed={pressed}
        disabled={disabled}
        // Keeps the selection in the text while the button is pressed.
        onMouseDown={(e) => e.preventDefault()}
        onClick={onPress}
      />
    </Tooltip>
  );
  const blockButton = (b: 'p' | 'h2' | 'h3', text: string) => (
    <Button
      key={b}
      type={state.block === b ? 'primary' : 'text'}
      ghost={state.block === b}
      size="small"
      aria-pressed={state.block === b}
      disabled={disabled}
      onMouseDown={(e) => e.preventDefault()}
      onClick={() => command(b)}
      style={{ fontWeight: b === 'p' ? 400 : 600 }}
    >
      {text}
    </Button>
  );

  return (
    <div className={`content-rte${disabled ? ' content-rte-disabled' : ''}`}>
      {/* Read-only (a reviewer, an archived piece): the text without the tools. */}
      <div
        className="content-rte-toolbar"
        role="toolbar"
        aria-label={t('rte.toolbar', { label })}
        hidden={disabled}
      >
        {blockButton('p', t('rte.paragraph'))}
        {blockButton('h2', t('rte.h2'))}
        {blockButton('h3', t('rte.h3'))}
        <Divider orientation="vertical" />
        {button('bold', <BoldOutlined />, t('rte.bold'), state.bold, () => command('bold'))}
        {button('italic', <ItalicOutlined />, t('rte.italic'), state.italic, () => command('italic'))}
        <Divider orientation="vertical" />
        {button('ul', <UnorderedListOutlined />, t('rte.ul'), state.ul, () => command('ul'))}
        {button('ol', <OrderedListOutlined />, t('rte.ol'), state.ol, () => command('ol'))}
        {button('quote', <PicRightOutlined />, t('rte.quote'), state.block === 'blockquote', () =>
          command('blockquote'),
        )}
        <Divider orientation="vertical" />
        {state.link
          ? button('unlink', <DisconnectOutlined />, t('rte.unlink'), false, () => command('unlink'))
          : button('link', <LinkOutlined />, t('rte.link'), false, () => openDialog('link'))}
        {button('image', <PictureOutlined />, t('rte.image'), false, () => openDialog('image'))}
      </div>
      {/* biome-ignore lint/a11y/useSemanticElements: rich text needs contentEditable; a textarea holds plain text only */}
      <div
        ref={root}
        id={id}
        tabIndex={disabled ? -1 : 0}
        className="content-rte-area content-prose"
        role="textbox"
        aria-multiline="true"
        aria-label={label}
        aria-invalid={aria['aria-invalid']}
        aria-disabled={disabled}
        contentEditable={!disabled}
        suppressContentEditableWarning
        data-placeholder={t('rte.placeholder')}
        onInput={emit}
        onBlur={emit}
        onPaste={onPaste}
        onKeyDown={onKeyDown}
        onDrop={(e) => e.preventDefault()}
      />
      {dialog === 'link' ? (
        <LinkDialog
          selected={range.current && !range.current.collapsed ? range.current.toString() : ''}
          onCancel={() => setDialog(null)}
          onInsert={link}
        />
      ) : null}
      {dialog === 'image' ? <ImageDialog onCancel={() => setDialog(null)} onInsert={insert} /> : null}
    </div>
  );
}
