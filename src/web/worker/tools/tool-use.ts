import type { SelfHelpTool } from '../../../core/content/topics';

/**
 * Counts a use of a tool for the federation's statistics (anonymous: the tool's id only, no cookie). Sent
 * and forgotten: never awaited, never retried, skipped offline, and a failure changes nothing on screen —
 * a tool must work the same with no network.
 */
export function countToolUse(tool: SelfHelpTool): void {
  if (typeof navigator === 'undefined' || !navigator.onLine || typeof fetch === 'undefined') return;
  fetch('/api/v1/tool-uses', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ tool }),
    credentials: 'omit',
    // The count still goes out when the worker leaves the page right after starting.
    keepalive: true,
  }).catch(() => undefined);
}
