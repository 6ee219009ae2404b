import { afterEach, describe, expect, it, vi } from 'vitest';
import { countToolUse } from './tool-use';

const stubPhone = (onLine: boolean, fetch: (...args: unknown[]) => Promise<unknown>) => {
  vi.stubGlobal('navigator', { onLine });
  vi.stubGlobal('fetch', vi.fn(fetch));
};

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('counting a tool use', () => {
  it('sends the tool’s id only, with no cookie, and does not wait for it', () => {
    stubPhone(true, () => new Promise(() => undefined)); // a request that never answers (weak signal)
    expect(countToolUse('breathing')).toBeUndefined();
    const [url, init] = vi.mocked(fetch).mock.calls[0] as [string, RequestInit];
    expect(url).toBe('/api/v1/tool-uses');
    expect(init).toMatchObject({ method: 'POST', credentials: 'omit', keepalive: true });
    expect(JSON.parse(init.body as string)).toEqual({ tool: 'breathing' });
  });

  it('skips the count offline', () => {
    stubPhone(false, () => Promise.resolve(new Response(null, { status: 204 })));
    countToolUse('diary');
    expect(fetch).not.toHaveBeenCalled();
  });

  it('swallows a failed request: a tool never fails because the count did', async () => {
    stubPhone(true, () => Promise.reject(new TypeError('Failed to fetch')));
    expect(() => countToolUse('grounding')).not.toThrow();
    await new Promise((r) => setTimeout(r, 0)); // no unhandled rejection surfaces
  });
});
