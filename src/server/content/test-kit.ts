import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import type { Agent, TestApp } from '../testing/app';

/** A ContentInput for tests, Chinese and English, with overrides. */
export function contentInput(slug: string, over: Record<string, unknown> = {}) {
  return {
    kind: 'article',
    slug,
    topics: ['work_stress'],
    audiences: [],
    zh: { title: `测试文章 ${slug}`, summary: '一段摘要', bodyHtml: '<p>正文</p>' },
    en: { title: `Test article ${slug}`, summary: 'A summary', bodyHtml: '<p>Body</p>' },
    media: null,
    coverImageId: null,
    ...over,
  };
}

export const json = <T = Record<string, unknown>>(res: LightMyRequestResponse): T => res.json() as T;

export function expectStatus(res: LightMyRequestResponse, status: number, code?: string) {
  expect(res.statusCode, res.body).toBe(status);
  if (code) expect(res.json().error.code).toBe(code);
}

/** Creates an item as `editor`, has it submitted and approved by `reviewer`; returns its id. */
export async function publish(
  editor: Agent,
  reviewer: Agent,
  input: Record<string, unknown>,
): Promise<string> {
  const created = await editor.request('POST', '/api/v1/content-items', input);
  expectStatus(created, 201);
  const id = created.json().id as string;
  expectStatus(await editor.request('POST', `/api/v1/content-items/${id}/submit`, {}), 200);
  expectStatus(
    await reviewer.request('POST', `/api/v1/content-items/${id}/review`, { decision: 'approve' }),
    200,
  );
  return id;
}

export const publicGet = (t: TestApp, url: string, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'GET', url, headers });
