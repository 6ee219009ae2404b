/** The content pages load as one chunk: whoever opens the list usually opens an item next. */
export { ContentEditorPage } from './ContentEditorPage';
export { ContentListPage } from './ContentListPage';
