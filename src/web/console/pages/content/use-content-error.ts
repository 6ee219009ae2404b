import { useContentTranslation } from '../../i18n/content-ns';
import { contentErrorKey } from '../../lib/content-errors';
import { errorText } from '../../lib/errors';

/** An error's sentence: the content API's own codes in the "content" words, the rest as the console says them. */
export function useContentError(): (e: unknown) => string {
  const { t } = useContentTranslation();
  return (e) => {
    const key = contentErrorKey(e);
    return key ? t(key) : errorText(t, e);
  };
}
