import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installWebApps } from './web-apps';

// A built web folder as the build leaves it: the shell, and two pages with their first screen drawn.
describe('serving the worker app with its static first paints', () => {
  let dir: string;
  let app: FastifyInstance;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'carnation-web-'));
    mkdirSync(path.join(dir, 'prerendered'));
    writeFileSync(path.join(dir, 'index.html'), '<div id="root"></div>');
    writeFileSync(path.join(dir, 'prerendered', 'home.html'), '<div id="root">首页</div>');
    writeFileSync(path.join(dir, 'prerendered', 'tools.html'), '<div id="root">自助工具</div>');
    writeFileSync(
      path.join(dir, 'prerendered', 'pages.json'),
      JSON.stringify({
        '/': 'prerendered/home.html',
        '/tools': 'prerendered/tools.html',
        '/help': 'prerendered/gone.html',
      }),
    );
    app = Fastify();
    await installWebApps(app, dir);
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('sends the home and the tools page already drawn, marked so the service worker keeps them apart', async () => {
    const home = await app.inject({ url: '/' });
    expect(home.body).toContain('首页');
    expect(home.headers['x-carnation-prerendered']).toBe('1');
    expect(home.headers['cache-control']).toBe('no-cache');
    const tools = await app.inject({ url: '/tools?from=article' });
    expect(tools.body).toContain('自助工具');
    expect(tools.headers['x-carnation-prerendered']).toBe('1');
  });

  it('sends the plain shell for every other page, and for a listed page whose file is missing', async () => {
    for (const url of ['/stations', '/tools/diary', '/help']) {
      const res = await app.inject({ url });
      expect(res.statusCode).toBe(200);
      expect(res.body).toBe('<div id="root"></div>');
      expect(res.headers['x-carnation-prerendered']).toBeUndefined();
    }
  });
});
