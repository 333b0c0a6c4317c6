#!/usr/bin/env node
/**
 * `npm run bench`: a benchmark, not a test. Builds the extension, measures bundle sizes (and what
 * the side panel loads before first paint), runs the browser, panel and Graph benchmarks (tests/bench/*.bench.ts through Playwright), then prints a
 * table and writes .bench/results.json and .bench/README-snippet.md.
 *
 *   npm run bench                 everything (about 6 minutes on 2 cores)
 *   npm run bench -- latency      only the benchmarks whose file name matches (Playwright filter)
 *   npm run bench -- --no-build   measure the existing .output/chrome-mv3
 *   npm run bench -- --no-browser bundle sizes only
 *
 * Targets are reported, never enforced: the exit code is non-zero only when a step crashes.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT_DIR = path.join(ROOT, '.bench');
const PARTS_DIR = path.join(OUT_DIR, 'parts');
const DIST = path.join(ROOT, '.output', 'chrome-mv3');
const PW_CONFIG = 'tests/bench/playwright.config.ts';

const TARGETS = {
  /** Each script that runs in a page: content scripts and the guide scripts injected at run time. */
  pageScriptGzipBytes: 10_000,
  panelInitialJsGzipBytes: 150_000,
  latencyP95Ms: 150,
  flowAddedMsPerS: 5,
  graphRoundTrips: 5,
};

const args = process.argv.slice(2);
const skipBuild = args.includes('--no-build');
const skipBrowser = args.includes('--no-browser');
const filters = args.filter((a) => !a.startsWith('--'));

function run(command, commandArgs, options = {}) {
  const result = spawnSync(command, commandArgs, { cwd: ROOT, stdio: 'inherit', ...options });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

function kB(bytes) {
  return `${(bytes / 1000).toFixed(1)} kB`;
}

function ms(value, digits = 0) {
  return Number.isFinite(value) ? `${value.toFixed(digits)} ms` : 'n/a';
}

function perSecond(value) {
  if (!Number.isFinite(value)) return 'n/a';
  return `${value >= 0 ? '+' : ''}${value.toFixed(2)} ms/s`;
}

function listFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? listFiles(full) : [full];
  });
}

function bundleKind(rel) {
  if (rel.startsWith('content-scripts/')) return 'content script';
  if (rel === 'background.js') return 'background';
  if (rel.endsWith('.css')) return 'stylesheet';
  return 'extension page chunk';
}

function measureBundles() {
  if (!existsSync(DIST)) throw new Error(`No build at ${DIST}`);
  return listFiles(DIST)
    .filter((file) => /\.(js|css)$/.test(file))
    .map((file) => {
      const rel = path.relative(DIST, file).split(path.sep).join('/');
      const data = readFileSync(file);
      return { file: rel, kind: bundleKind(rel), rawBytes: data.length, gzipBytes: gzipSync(data, { level: 9 }).length };
    })
    .sort((a, b) => a.kind.localeCompare(b.kind) || a.file.localeCompare(b.file));
}

/** Relative module specifiers a chunk imports statically (`import … from "./x.js"`, `import "./x.js"`, `export … from`); `import("./x.js")` is left out. */
function staticImports(code) {
  const found = new Set();
  const pattern = /(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["'](\.{1,2}\/[^"']+)["']/g;
  for (const match of code.matchAll(pattern)) found.add(match[1]);
  return [...found];
}

/**
 * What the side panel's HTML makes the browser load before first paint: its module script and
 * modulepreload links, and every chunk those import statically (dynamic imports excluded).
 */
function measurePanelScripts() {
  const html = readFileSync(path.join(DIST, 'sidepanel.html'), 'utf8');
  const roots = [...html.matchAll(/<script[^>]*\bsrc="([^"]+\.js)"|<link[^>]*rel="modulepreload"[^>]*href="([^"]+\.js)"/g)].map((m) => m[1] ?? m[2]);
  const seen = new Set();
  const queue = roots.map((src) => path.join(DIST, src.replace(/^\//, '')));
  while (queue.length) {
    const file = queue.shift();
    if (seen.has(file)) continue;
    seen.add(file);
    for (const spec of staticImports(readFileSync(file, 'utf8'))) queue.push(path.resolve(path.dirname(file), spec));
  }
  const size = (file) => {
    const data = readFileSync(file);
    return { file: path.relative(DIST, file).split(path.sep).join('/'), rawBytes: data.length, gzipBytes: gzipSync(data, { level: 9 }).length };
  };
  const initial = [...seen].map(size);
  const later = listFiles(path.join(DIST, 'chunks'))
    .filter((file) => file.endsWith('.js') && !seen.has(file) && !/\/options-/.test(file))
    .map(size);
  const total = (files) => files.reduce((sum, f) => ({ rawBytes: sum.rawBytes + f.rawBytes, gzipBytes: sum.gzipBytes + f.gzipBytes }), { rawBytes: 0, gzipBytes: 0 });
  return { initial: { files: initial, ...total(initial) }, onDemand: { files: later, ...total(later) } };
}

function readParts() {
  const parts = {};
  if (!existsSync(PARTS_DIR)) return parts;
  for (const name of readdirSync(PARTS_DIR)) {
    if (name.endsWith('.json')) parts[name.replace(/\.json$/, '')] = JSON.parse(readFileSync(path.join(PARTS_DIR, name), 'utf8'));
  }
  return parts;
}

function chromiumVersion() {
  for (const candidate of [process.env.CHROMIUM_PATH, '/usr/lib/chromium/chromium', '/usr/bin/chromium']) {
    if (!candidate || !existsSync(candidate)) continue;
    const result = spawnSync(candidate, ['--version'], { encoding: 'utf8' });
    const version = result.stdout?.trim().split('\n').pop();
    if (version) return version;
  }
  return 'unknown';
}

/** Scripts that run in portal or TonicDM pages: the content scripts and the guide family scripts the background injects. */
function isPageScriptFile(file) {
  return /^content-scripts\/[^/]+\.js$/.test(file) || /^guide-[^/]+\.js$/.test(file);
}

/** Chunk names carry a content hash that changes with every edit: name them by what they are. */
function bundleLabel(file) {
  return file.replace(/^(chunks\/[^/]+?)-[A-Za-z0-9_-]{8}\.js$/, '$1-<hash>.js').replace(/^(assets\/[^/]+?)-[A-Za-z0-9_-]{8}\.css$/, '$1-<hash>.css');
}

/** "Not measurable": the median paired difference lies within the noise (IQR of the differences). */
function withinNoise(added) {
  return Math.abs(added.median) <= Math.max(added.iqr, 0.5);
}

/** Rows of [measure, result, target, verdict], shared by the console table and the Markdown. */
function buildRows(results) {
  const rows = [];
  for (const b of results.bundles ?? []) {
    const isPageScript = isPageScriptFile(b.file);
    rows.push([
      `Bundle ${bundleLabel(b.file)}`,
      `${kB(b.rawBytes)} raw, ${kB(b.gzipBytes)} gzip`,
      isPageScript ? `≤ ${kB(TARGETS.pageScriptGzipBytes)} gzip` : '',
      isPageScript ? (b.gzipBytes <= TARGETS.pageScriptGzipBytes ? 'ok' : 'MISSED') : '',
    ]);
  }
  const scripts = results.panelScripts;
  if (scripts) {
    rows.push([
      'Side panel JS before first paint',
      `${kB(scripts.initial.gzipBytes)} gzip, ${kB(scripts.initial.rawBytes)} raw (${scripts.initial.files.map((f) => f.file.replace(/^chunks\//, '')).join(' + ')})`,
      `≤ ${kB(TARGETS.panelInitialJsGzipBytes)} gzip`,
      scripts.initial.gzipBytes <= TARGETS.panelInitialJsGzipBytes ? 'ok' : 'MISSED',
    ]);
    if (scripts.onDemand.files.length) {
      rows.push([
        'Side panel JS loaded on demand (Graph section, change-ticket record)',
        `${kB(scripts.onDemand.gzipBytes)} gzip, ${kB(scripts.onDemand.rawBytes)} raw (${scripts.onDemand.files.map((f) => f.file.replace(/^chunks\//, '')).join(' + ')})`,
        '',
        '',
      ]);
    }
  }
  const panel = results.panel;
  if (panel) {
    const c = panel.checklistMs;
    rows.push([
      'Side panel, time to first checklist render (as a tab)',
      `median ${ms(c.median)}, p95 ${ms(c.p95)} (${c.n} runs; in the DOM at median ${ms(panel.insertedMs.median)})`,
      '',
      '',
    ]);
  }
  const latency = results.latency;
  for (const v of latency?.variants ?? []) {
    const s = v.summary;
    const result = s
      ? `median ${ms(s.median)}, p95 ${ms(s.p95)} (${v.captured}/${v.trials} captured` +
        (v.pageToBackground ? `; page → background median ${ms(v.pageToBackground.median)})` : ')')
      : `no capture in ${v.missed} trials${v.stoppedEarly ? ' (stopped early)' : ''}`;
    const ok = s && v.missed === 0 && s.p95 <= TARGETS.latencyP95Ms;
    rows.push([`Capture latency, ${v.name}`, result, `p95 ≤ ${TARGETS.latencyP95Ms} ms`, ok ? 'ok' : 'MISSED']);
  }
  const page = results.pageCost;
  for (const [name, sc] of Object.entries(page?.scenarios ?? {})) {
    const a = sc.addedScriptMsPerS;
    const result = `${perSecond(a.median)} (IQR ${a.iqr.toFixed(2)}, range ${a.min.toFixed(2)}…${a.max.toFixed(2)}; ${sc.withoutScriptMsPerS.median.toFixed(1)} ms/s without)`;
    const inFlow = sc.inFlow ?? name !== 'outside';
    const target = inFlow ? `≤ ${TARGETS.flowAddedMsPerS} ms/s` : 'not measurable';
    const verdict = inFlow ? (a.median <= TARGETS.flowAddedMsPerS ? 'ok' : 'MISSED') : withinNoise(a) ? 'ok' : 'MISSED';
    rows.push([`Page script cost, ${sc.label}`, result, target, verdict]);
  }
  const graph = results.graph;
  for (const [echo, r] of Object.entries(graph?.panel ?? {})) {
    rows.push([
      `Graph setup from the Automate click, ${echo} scope echo (${graph.latencyMs} ms/request)`,
      `${r.roundTrips} round trips (plan ${r.plan.roundTrips}, run ${r.run.roundTrips}; ${r.tokenRequests} token request${r.tokenRequests === 1 ? '' : 's'}), ${r.requests} requests, ${ms(r.elapsedMs)}${r.ok ? '' : ', FAILED'}`,
      `≤ ${TARGETS.graphRoundTrips} round trips`,
      r.ok && r.roundTrips <= TARGETS.graphRoundTrips ? 'ok' : 'MISSED',
    ]);
  }
  if (graph) {
    rows.push([
      `Graph setup, engine only (${graph.latencyMs} ms/request, token given)`,
      `${graph.engine.roundTrips} round trips, ${graph.engine.requests} requests, ${ms(graph.engine.elapsedMs)}${graph.engine.ok ? '' : ', FAILED'}`,
      '',
      graph.engine.ok ? '' : 'FAILED',
    ]);
    rows.push([
      'Graph setup, serial baseline',
      `${graph.serial.roundTrips} round trips, ${graph.serial.requests} requests, ${ms(graph.serial.elapsedMs)}${graph.serial.ok ? '' : ', FAILED'}`,
      '',
      '',
    ]);
  }
  return rows;
}

function printTable(rows) {
  const header = ['Measure', 'Result', 'Target', ''];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) => cells.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd();
  console.log(`\n${line(header)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}`);
  for (const row of rows) console.log(line(row));
}

function markdown(results, rows) {
  const m = results.machine;
  const page = results.pageCost;
  const latency = results.latency;
  const escape = (text) => text.replace(/\|/g, '\\|');
  const panel = results.panel;
  const lines = [
    '### Benchmarks',
    '',
    `Measured with \`npm run bench\` on ${results.generatedAt.slice(0, 10)}: ${m.cpus} × ${m.cpuModel}, Node ${m.node}, ${m.chromium} (headless).`,
    '',
    '| Measure | Result | Target | |',
    '|---|---|---|---|',
    ...rows.map((r) => `| ${r.map(escape).join(' | ')} |`),
    '',
    ...(results.carriedOver ? [`(${results.carriedOver.join(', ')}: figures from an earlier run.)`, ''] : []),
    'How:',
    '- Bundles: every `.js`/`.css` of `.output/chrome-mv3`, gzip level 9 (kB = 1000 bytes). Page scripts (content scripts and the guide scripts injected into portal frames) have the 10 kB target.',
    '- Side panel JS before first paint: the module script and modulepreload links of `sidepanel.html` and every chunk they import statically; dynamic imports (the Graph section, the change-ticket record) load later.',
  ];
  if (panel) {
    lines.push(
      `- Time to first checklist render: the panel page opened as a tab, navigation start to the first paint showing the checklist (first-contentful-paint, which held the checklist in ${panel.fcpRuns} of ${panel.runs} runs); median of ${panel.runs} runs after ${panel.warmup} warm-up runs.`,
    );
  }
  if (latency) {
    lines.push(
      `- Capture latency: the Entra replica's app Overview (values appear ${latency.renderDelayMs * 1.5} ms after the blade opens); ` +
        'time from the client ID entering the page (MutationObserver in the page) to it showing in the side panel (MutationObserver in the panel, opened as a tab); ' +
        'the extension is reset before each trial; "page → background" is when the background received the IDs. ' +
        'The secret: from the new Value entering Certificates & secrets after "Add" (a RegisteredApps frame carrying the busy live grid below) to the side panel showing a captured secret.',
    );
  }
  if (page) {
    lines.push(
      `- Page script cost: main-thread script CPU time (CDP \`Performance.getMetrics\` ScriptDuration, thread ticks, summed over the page and its out-of-process frames; content scripts included) over a ${page.windowMs / 1000} s window. ` +
        `Every blade carries a live grid of ${page.heavy.nodes} elements and ${page.heavy.mutationsPerSecond} changes/s (text nodes, cell contents, attributes, rows streamed in and out), in the blade's frame: ` +
        'API permissions and Certificates & secrets are RegisteredApps frames on `registeredapps.hosting.portal.azure.net`, All users a ReactView. ' +
        'The extension starts with the TonicDM app registered and its IDs captured (and, on Certificates & secrets, its permissions granted), its guide on. ' +
        `The same browser with and without the extension, runs alternated, median of ${page.pairs} paired differences. "Not measurable" = the median difference is within the IQR of the differences (or 0.5 ms/s).`,
    );
  }
  if (results.graph) {
    lines.push(
      `- Graph: full automated setup of an empty fake tenant answering every HTTP request (token endpoint included) after ${results.graph.latencyMs} ms. ` +
        'From the Automate click: the real panel, signed in beforehand; from the click to the plan, then from Run plan to Done (the run and its read-back), with the admin as the one assignee; ' +
        'a round trip is a request that starts while none is in flight (requests in flight together share one). Scope echo: the form in which the token endpoint names granted Graph scopes ' +
        '(short `Application.ReadWrite.All` or long `https://graph.microsoft.com/Application.ReadWrite.All`). ' +
        'Engine only: verify, plan and execute (`$batch`, upserts) with a token given; the serial baseline sends one request at a time.',
    );
  }
  return `${lines.join('\n')}\n`;
}

async function main() {
  const started = Date.now();
  let failures = 0;
  mkdirSync(OUT_DIR, { recursive: true });

  if (!skipBuild) {
    console.log('== build (wxt build)');
    const status = run('npx', ['wxt', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
    if (status !== 0) {
      console.error('build failed');
      process.exit(1);
    }
  }

  console.log('== bundle sizes');
  const bundles = measureBundles();
  for (const b of bundles) console.log(`${b.file.padEnd(44)} ${kB(b.rawBytes).padStart(9)} raw ${kB(b.gzipBytes).padStart(9)} gzip`);
  const panelScripts = measurePanelScripts();
  console.log(`side panel before first paint: ${panelScripts.initial.files.map((f) => f.file).join(', ')} = ${kB(panelScripts.initial.gzipBytes)} gzip`);

  rmSync(PARTS_DIR, { recursive: true, force: true });
  if (!skipBrowser) {
    console.log('\n== browser and Graph benchmarks (Playwright)');
    const status = run('npx', ['playwright', 'test', '-c', PW_CONFIG, ...filters]);
    if (status !== 0) {
      console.error('a benchmark run failed; its figures are missing below');
      failures += 1;
    }
  }

  const results = {
    generatedAt: new Date().toISOString(),
    machine: {
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model?.trim() ?? 'unknown',
      memoryGB: Math.round(os.totalmem() / 1e9),
      node: process.version,
      chromium: chromiumVersion(),
    },
    targets: TARGETS,
    bundles,
    panelScripts,
    ...readParts(),
    durationMs: Date.now() - started,
  };
  const resultsFile = path.join(OUT_DIR, 'results.json');
  // A partial run (filter or --no-browser) keeps the previous run's other figures, marked as such.
  if ((filters.length || skipBrowser) && existsSync(resultsFile) && statSync(resultsFile).isFile()) {
    const previous = JSON.parse(readFileSync(resultsFile, 'utf8'));
    const carried = ['graph', 'latency', 'pageCost', 'panel'].filter((key) => !(key in results) && key in previous);
    for (const key of carried) results[key] = previous[key];
    if (carried.length) {
      results.carriedOver = carried;
      console.log(`\n(kept from the previous results.json: ${carried.join(', ')})`);
    }
  }
  writeFileSync(resultsFile, `${JSON.stringify(results, null, 2)}\n`);

  const rows = buildRows(results);
  printTable(rows);
  writeFileSync(path.join(OUT_DIR, 'README-snippet.md'), markdown(results, rows));
  console.log(`\nWrote .bench/results.json and .bench/README-snippet.md in ${Math.round((Date.now() - started) / 1000)} s.`);
  process.exit(failures ? 1 : 0);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
