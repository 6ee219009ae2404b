/** The events pages load as one chunk: whoever opens the list usually opens an event next. */
export { EventEditorPage } from './EventEditorPage';
export { EventPage } from './EventPage';
export { EventsPage } from './EventsPage';
