import type { MouseEvent } from 'react';
import { useNavigate } from 'react-router';
import { inAppPath } from '../../learn/links';

/**
 * An article's body as the server sanitised it (an allowlist of plain tags, images only from its own image
 * route): the only HTML the app renders, and only from the content API. A link to one of the app's pages
 * (/tools/breathing, /help, /stations) opens inside the app instead of reloading it.
 */
export function ArticleBody({ html }: { html: string }) {
  const navigate = useNavigate();
  const onClick = (e: MouseEvent<HTMLDivElement>) => {
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    const link = (e.target as Element).closest?.('a');
    const path = inAppPath(link?.getAttribute('href'), window.location.origin);
    if (!path) return;
    e.preventDefault();
    void navigate(path);
  };
  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: the clicks caught are on links, which keyboards activate too.
    // biome-ignore lint/a11y/noStaticElementInteractions: delegation for the links inside, not a control itself.
    // biome-ignore lint/security/noDangerouslySetInnerHtml: the server's sanitised HTML, from the content API only.
    <div className="article-body" onClick={onClick} dangerouslySetInnerHTML={{ __html: html }} />
  );
}
