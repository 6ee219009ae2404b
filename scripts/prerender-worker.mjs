// The worker app's static first paints (issue 6): after the client build (dist/web) and the Node build of
// src/web/worker/prerender.tsx (dist/prerender), writes dist/web/prerendered/<page>.html — index.html with the
// page's first screen inside #root, its lazy chunk's CSS linked and its scripts preloaded — and pages.json,
// which the server reads to send those files for those addresses (src/server/http/web-apps.ts).
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

// The home page and crisis help ship in the first script; the tools are link targets from articles and texts.
export const prerenderedPages = [
  { url: '/', name: 'home', modules: [] },
  { url: '/help', name: 'help', modules: [] },
  { url: '/tools', name: 'tools', modules: ['worker/pages/tools/ToolsPage.tsx'] },
  { url: '/tools/breathing', name: 'breathing', modules: ['worker/pages/tools/BreathingPage.tsx'] },
];

const web = 'dist/web';
const index = readFileSync(path.join(web, 'index.html'), 'utf8');
const chunks = JSON.parse(readFileSync('dist/worker-chunks.json', 'utf8'));
const { renderPage } = await import(pathToFileURL(path.resolve('dist/prerender/prerender.js')).href);

const rootStart = '<div id="root">';
if (!index.includes(rootStart) || !index.includes('<meta name="carnation-build"'))
  throw new Error('dist/web/index.html has no #root or build version: cannot prerender');

const out = path.join(web, 'prerendered');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const map = {};
for (const page of prerenderedPages) {
  const links = [];
  for (const m of page.modules) {
    const c = chunks[m];
    if (!c) throw new Error(`no chunk for ${m}: is it still a lazy page of AppRoutes?`);
    for (const f of c.css)
      if (!index.includes(`/${f}`)) links.push(`<link rel="stylesheet" crossorigin href="/${f}">`);
    for (const f of c.js)
      if (!index.includes(`/${f}`)) links.push(`<link rel="modulepreload" crossorigin href="/${f}">`);
  }
  const markup = await renderPage(page.url);
  // Crisis help must show on every first screen, drawn or not: a page without its way to help is a broken build.
  if (!markup.includes('href="/help"') && !markup.includes('href="tel:'))
    throw new Error(`the first paint of ${page.url} has no way to crisis help`);
  const html = index
    .replace(
      '<meta name="carnation-build"',
      `${links.join('\n    ')}${links.length ? '\n    ' : ''}<meta name="carnation-build"`,
    )
    .replace(rootStart, `${rootStart}${markup}`);
  writeFileSync(path.join(out, `${page.name}.html`), html);
  map[page.url] = `prerendered/${page.name}.html`;
}
writeFileSync(path.join(out, 'pages.json'), `${JSON.stringify(map, null, 2)}\n`);
console.log(`prerendered ${Object.keys(map).join(', ')}`);
