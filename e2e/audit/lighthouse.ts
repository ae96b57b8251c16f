// `npm run audit`: Lighthouse (mobile, simulated throttling) over the built site's key pages.
// Builds dist/ when it is missing or older than its sources, serves a copy of it with `astro
// preview` on a free port from 4340, runs Lighthouse three times per page for the performance
// median (the first run also scores accessibility, best practices, SEO and agentic browsing),
// prints a Markdown table and writes it to reports/lighthouse.md. Exits 1 unless every page clears the bar in ./report.ts.
// `npm run audit -- /flow/ /study/` audits only the pages named.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch, type LaunchedChrome } from 'chrome-launcher';
import lighthouse, { type Flags, type Result } from 'lighthouse';
import { screenEmulationMetrics } from 'lighthouse/core/config/constants.js';
import { buildReason } from './freshness.ts';
import { freePort, startPreview, type Preview } from './preview.ts';
import { BAR, CATEGORIES, failures, summarize, table, transferTables, type PageRuns } from './report.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const BASE = `${(process.env['BASE_PATH'] ?? '/').replace(/\/+$/, '')}/`;
const PAGES = [
  '/',
  '/questions/10-authentication/',
  '/cheat-sheet/',
  '/patterns/',
  '/example/hr-itsm/',
  '/checklist/',
  '/flow/',
  '/study/',
  '/search/?q=mtls',
];
const RUNS = 3;
const REPORT = join(ROOT, 'reports/lighthouse.md');

const PHONE = screenEmulationMetrics.mobile;
if (!PHONE) throw new Error('Lighthouse defines no mobile screen emulation');

const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  // Belt and braces: no host name but localhost resolves, so nothing can reach another host.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost',
  // Ask for the emulated phone's window size. Headless Chrome may still paint a first frame at its
  // own minimum width (500 px) before the mobile emulation applies, and Lighthouse counts that
  // resize as a layout shift of whatever is aligned to the right (it keeps shifts within 500 ms of
  // the viewport change: crbug.com/1302667); so the phone header has nothing right-aligned
  // (src/layouts/layout.css, checked by e2e/theme-and-menu.spec.ts).
  `--window-size=${PHONE.width},${PHONE.height}`,
];

let chrome: LaunchedChrome | undefined;
let preview: Preview | undefined;
let snapshot: string | undefined;

async function cleanUp(): Promise<void> {
  chrome?.kill();
  chrome = undefined;
  await preview?.stop();
  preview = undefined;
  if (snapshot) rmSync(snapshot, { recursive: true, force: true });
  snapshot = undefined;
}

for (const [signal, code] of [
  ['SIGINT', 130],
  ['SIGTERM', 143],
] as const) {
  process.once(signal, () => void cleanUp().finally(() => process.exit(code)));
}

function ensureBuilt(): void {
  const reason = buildReason(ROOT);
  if (!reason) return;
  console.log(`audit: ${reason}, running \`npm run build\``);
  const build = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) throw new Error(`npm run build failed (exit ${build.status ?? build.signal})`);
}

async function run(url: string, port: number, categories: readonly string[]): Promise<Result> {
  const flags: Flags = {
    port,
    logLevel: 'error',
    output: 'json',
    onlyCategories: [...categories],
    // The full-page screenshot is for the HTML report, which this audit does not write.
    disableFullPageScreenshot: true,
  };
  const result = await lighthouse(url, flags);
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  return result.lhr;
}

async function auditPage(origin: string, path: string, port: number): Promise<PageRuns> {
  const url = `${origin}${BASE.slice(0, -1)}${path}`;
  const started = Date.now();
  const full = await run(url, port, CATEGORIES);
  const perf = [full];
  for (let i = 1; i < RUNS; i += 1) perf.push(await run(url, port, ['performance']));
  const scores = perf.map((lhr) => Math.round((lhr.categories['performance']?.score ?? 0) * 100));
  console.log(`audit: ${path} performance ${scores.join(', ')} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return { path, full, perf };
}

function environment(lhr: Result): string {
  const { benchmarkIndex, hostUserAgent } = lhr.environment;
  const chromeVersion = /Chrome\/([\d.]+)/.exec(hostUserAgent)?.[1] ?? 'unknown';
  return `Lighthouse ${lhr.lighthouseVersion}, Chromium ${chromeVersion}, ${lhr.configSettings.formFactor} emulation, ${lhr.configSettings.throttlingMethod} throttling, benchmark index ${Math.round(benchmarkIndex)}`;
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const pages = args.length > 0 ? args : PAGES;
  ensureBuilt();
  // Lighthouse scales the CPU time it observes: a machine busy with other work scores lower.
  const load = loadavg()[0] ?? 0;
  const cores = availableParallelism();
  const loadNote = `load average ${load.toFixed(1)} on ${cores} cores at the start`;
  console.log(`audit: ${loadNote}${load > cores ? ' (busy: scores will read low; audit a quiet machine)' : ''}`);
  // Serve a copy, so a `npm run build` elsewhere cannot pull pages away mid-audit.
  snapshot = mkdtempSync(join(tmpdir(), 'lighthouse-dist-'));
  cpSync(join(ROOT, 'dist'), snapshot, { recursive: true });
  const port = await freePort(Number(process.env['AUDIT_PORT'] ?? 4340));
  preview = await startPreview(ROOT, snapshot, port, BASE);
  chrome = await launch({
    chromePath: process.env['CHROME_PATH'] ?? process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    chromeFlags: CHROME_FLAGS,
    handleSIGINT: false,
  });
  const started = Date.now();
  const runs: PageRuns[] = [];
  for (const path of pages) runs.push(await auditPage(preview.origin, path, chrome.port));
  await cleanUp();

  const summaries = runs.map(summarize);
  const first = runs[0]?.full;
  const markdown = [
    `# Lighthouse audit`,
    '',
    `${new Date().toISOString()} · ${first ? environment(first) : ''} · served gzipped by \`astro preview\` (no cache headers) · ${loadNote} · ${((Date.now() - started) / 1000).toFixed(0)} s`,
    '',
    table(summaries),
    '',
    `Performance is the median of ${RUNS} runs (each run's score in brackets); LCP, TBT and transfer size come from the median run; CLS is the worst of the ${RUNS} runs. The other categories come from the first run.`,
    `Bar: performance ≥ ${BAR.performance}; accessibility, best practices, SEO and agentic browsing (every applicable check passes) ${BAR.accessibility}; CLS ${BAR.cls}.`,
    '',
    '## Below the bar',
    '',
    failures(summaries),
    '',
    '## Transfer, request by request (median run)',
    '',
    transferTables(runs),
    '',
  ].join('\n');
  console.log(`\n${markdown}`);
  mkdirSync(dirname(REPORT), { recursive: true });
  writeFileSync(REPORT, markdown);
  console.log(`audit: wrote ${REPORT}`);
  return summaries.some((s) => s.problems.length > 0) ? 1 : 0;
}

try {
  process.exitCode = await main();
} catch (error) {
  console.error(error);
  process.exitCode = 2;
} finally {
  await cleanUp();
}
