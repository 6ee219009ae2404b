// The JavaScript each web app downloads before its first screen: the module scripts its index.html names
// and everything they import statically (not lazy routes, which load later). Exits 1 when the worker app's
// is over budget: workers open it on cheap phones on weak signal. Reads the build in dist/web (`npm run
// build:web`), or the directory given as the first argument, and builds nothing. Sizes are gzip level 9
// (as compress-web.mjs writes), in KiB of 1024 bytes.
//
// Routes opened straight from a link are measured too: the entry's first load plus the lazy chunk(s) the
// route needs and their static imports, each file once. /checkup (a QR code on a factory wall) must show
// its first question within the same budget, as must /stations (a menu link) its service points, and all
// of those files must be in the service worker's precache list (precache-manifest.json), so a worker who
// opened it once can take it offline. /measure (a counsellor's text message), /learn (the library), /tools and
// /tools/breathing (the self-help tools, link targets) are held to it too; /checkin (a station's poster),
// /events and /my-data are measured and must be precached too.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseAst } from 'vite';

const WORKER_BUDGET_KIB = 120;
const root = path.resolve(process.argv[2] ?? 'dist/web');
const apps = [
  { name: 'worker app', page: 'index.html', budget: WORKER_BUDGET_KIB },
  { name: 'console', page: 'console/index.html' },
];
// Lazy chunks are named after the page module they hold (Vite: <name>-<hash>.js in the worker's assets/).
const routes = [
  {
    name: 'check-up, first question (/checkup)',
    page: 'index.html',
    chunks: ['CheckupPage'],
    budget: WORKER_BUDGET_KIB,
  },
  // 找心理咨询, opened from a federation's WeChat menu: the stations list, with the counselling texts.
  {
    name: 'find counselling (/stations)',
    page: 'index.html',
    chunks: ['FindPage'],
    budget: WORKER_BUDGET_KIB,
  },
  // 到站签到, the QR code on a station's poster: proving who one is (the counselling texts, the phone code and
  // check-up code fields), then the check-in. Measured, not held to the budget: only someone who booked
  // scans it, and the service worker has precached these files since that visit in the same browser; a
  // first visit here (booked in another browser) costs about 5 KiB more than /stations.
  {
    name: 'check in at the station (/checkin)',
    page: 'index.html',
    chunks: ['CheckinPage'],
  },
  // 咨询师发来的问卷, a text message's link, opened on weak signal and perhaps in a browser that never saw
  // the app: the questionnaire's first screen, held to the budget like /checkup.
  {
    name: 'questionnaire from a counsellor (/measure)',
    page: 'index.html',
    chunks: ['MeasurePage'],
    budget: WORKER_BUDGET_KIB,
  },
  // 知识与故事, the library: a federation may put it in its WeChat menu, so it is held to the budget, and its
  // files are precached so kept articles open offline.
  {
    name: 'knowledge and stories (/learn)',
    page: 'index.html',
    chunks: ['LibraryPage'],
    budget: WORKER_BUDGET_KIB,
  },
  // 自助小工具: the hub (a home tile, perhaps a menu link) and paced breathing, a link target of articles and
  // recommendations that Lighthouse audits: held to the budget, plain elements, no antd-mobile.
  {
    name: 'self-help tools (/tools)',
    page: 'index.html',
    chunks: ['ToolsPage'],
    budget: WORKER_BUDGET_KIB,
  },
  {
    name: 'paced breathing (/tools/breathing)',
    page: 'index.html',
    chunks: ['BreathingPage'],
    budget: WORKER_BUDGET_KIB,
  },
  // 活动, opened from the home tile, a recommendation or a federation's link: measured, not held to the
  // budget (it carries the counselling texts its crisis line and sign-up share), and precached.
  {
    name: 'events (/events)',
    page: 'index.html',
    chunks: ['EventsPage'],
  },
  // 我的数据与隐私, reached from 我的 or 我的记录 (the app is loaded and precached by then): measured.
  {
    name: 'my data and privacy (/my-data)',
    page: 'index.html',
    chunks: ['MyDataPage'],
  },
];

const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
// Site paths (/assets/x.js) from the server's root; chunk imports (./x.js) from the importing file.
const fileOf = (specifier, importer) =>
  specifier.startsWith('/') ? path.join(root, specifier) : path.resolve(path.dirname(importer), specifier);

/** The page's module scripts and their static imports (import and export…from), each file once. */
function firstLoad(page, extra = []) {
  const html = readFileSync(path.join(root, page), 'utf8');
  const files = new Set();
  const visit = (file) => {
    if (files.has(file)) return;
    files.add(file);
    for (const node of parseAst(readFileSync(file, 'utf8')).body) {
      const isStatic = /^(ImportDeclaration|ExportAllDeclaration|ExportNamedDeclaration)$/.test(node.type);
      if (isStatic && node.source) visit(fileOf(node.source.value, file));
    }
  };
  for (const [tag] of html.matchAll(/<script\b[^>]*>/g)) {
    const src = /\bsrc="([^"]+)"/.exec(tag)?.[1];
    if (/\btype="module"/.test(tag) && src) visit(fileOf(src, path.join(root, page)));
  }
  for (const file of extra) visit(file);
  return [...files].map((file) => {
    const data = readFileSync(file);
    // Brotli as the server would send it, when compress-web.mjs has written it (computing it here is slow).
    const brotli = existsSync(`${file}.br`) ? readFileSync(`${file}.br`).length : Number.NaN;
    return { file: path.relative(root, file), gzip: gzipSync(data, { level: 9 }).length, brotli };
  });
}

/** The one built chunk of a lazy page module, e.g. assets/CheckupPage-<hash>.js. */
function lazyChunk(name) {
  const dir = path.join(root, 'assets');
  const found = readdirSync(dir).filter((f) => new RegExp(`^${name}-[\\w-]+\\.js$`).test(f));
  if (found.length !== 1) {
    console.error(`Expected one lazy chunk ${name}-<hash>.js in ${dir}, found ${found.length}.`);
    process.exit(2);
  }
  return path.join(dir, found[0]);
}

if (!existsSync(path.join(root, 'index.html'))) {
  console.error(`No web build in ${root}: run npm run build:web first.`);
  process.exit(2);
}
let over = false;
const measured = [
  ...apps.map((a) => ({ ...a, label: `${a.name} (${a.page}): first load`, extra: [] })),
  ...routes.map((r) => ({ ...r, label: `${r.name}: entry + route`, extra: r.chunks.map(lazyChunk) })),
];
const precached = existsSync(path.join(root, 'precache-manifest.json'))
  ? new Set(JSON.parse(readFileSync(path.join(root, 'precache-manifest.json'), 'utf8')).files)
  : new Set();
for (const { label, page, budget, extra } of measured) {
  const files = firstLoad(page, extra).sort((a, b) => b.gzip - a.gzip);
  const gzip = files.reduce((sum, f) => sum + f.gzip, 0);
  const brotli = files.reduce((sum, f) => sum + f.brotli, 0);
  let verdict = '';
  if (budget !== undefined) {
    over ||= gzip > budget * 1024;
    verdict = gzip > budget * 1024 ? `, OVER the budget of ${budget} KiB` : `, within ${budget} KiB`;
  }
  const br = Number.isNaN(brotli) ? '' : ` (${kib(brotli)} brotli)`;
  console.log(`${label} ${kib(gzip)} gzipped JS${br} in ${files.length} files${verdict}`);
  for (const f of files) console.log(`  ${kib(f.gzip).padStart(10)}  ${f.file}`);
  if (extra.length) {
    const missing = files.filter((f) => !precached.has(`/${f.file}`));
    if (missing.length) {
      over = true;
      console.log(`  NOT PRECACHED for offline use: ${missing.map((f) => f.file).join(', ')}`);
    }
  }
}
process.exit(over ? 1 : 0);
