/**
 * The rich-text editor's commands, on the browser's editing commands (document.execCommand: deprecated on
 * paper, yet the one way that keeps the browser's own undo stack and selection handling without an editor
 * library). Whatever markup they make, the normaliser turns into the allowlist.
 */
export type BlockFormat = 'p' | 'h2' | 'h3' | 'blockquote';
export type EditorCommand = BlockFormat | 'bold' | 'italic' | 'ul' | 'ol' | 'unlink';

export function run(command: EditorCommand): void {
  switch (command) {
    case 'bold':
    case 'italic':
    case 'unlink':
      document.execCommand(command);
      return;
    case 'ul':
      document.execCommand('insertUnorderedList');
      return;
    case 'ol':
      document.execCommand('insertOrderedList');
      return;
    default:
      document.execCommand('formatBlock', false, `<${command}>`);
  }
}

export const insertHtml = (html: string): void => {
  document.execCommand('insertHTML', false, html);
};

export const insertText = (text: string): void => {
  document.execCommand('insertText', false, text);
};

/** Which toolbar buttons show as pressed for the caret's place. */
export interface EditorState {
  block: BlockFormat | null;
  bold: boolean;
  italic: boolean;
  ul: boolean;
  ol: boolean;
  link: boolean;
}

export const idleState: EditorState = {
  block: null,
  bold: false,
  italic: false,
  ul: false,
  ol: false,
  link: false,
};

export function readState(root: HTMLElement): EditorState {
  const selection = document.getSelection();
  const anchor = selection?.anchorNode ?? null;
  if (!anchor || !root.contains(anchor)) return idleState;
  const value = String(document.queryCommandValue('formatBlock')).toLowerCase();
  const block = (['p', 'h2', 'h3', 'blockquote'] as const).find((b) => b === value) ?? null;
  const element = anchor instanceof Element ? anchor : anchor.parentElement;
  return {
    block,
    bold: document.queryCommandState('bold'),
    italic: document.queryCommandState('italic'),
    ul: document.queryCommandState('insertUnorderedList'),
    ol: document.queryCommandState('insertOrderedList'),
    link: Boolean(element?.closest('a') && root.contains(element.closest('a'))),
  };
}

/** The selection inside the editor, kept while a dialog has the focus, and put back before a command. */
export function saveRange(root: HTMLElement): Range | null {
  const selection = document.getSelection();
  if (!selection || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  return root.contains(range.commonAncestorContainer) ? range.cloneRange() : null;
}

export function restoreRange(root: HTMLElement, range: Range | null): void {
  root.focus();
  const selection = document.getSelection();
  if (!selection) return;
  selection.removeAllRanges();
  if (range) selection.addRange(range);
  else {
    // No earlier caret: continue at the end of the text.
    const end = document.createRange();
    end.selectNodeContents(root);
    end.collapse(false);
    selection.addRange(end);
  }
}
