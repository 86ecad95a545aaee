/**
 * The built extension (.output/chrome-mv3) in Chromium on a generated 2,000-post X-like feed served at
 * https://x.com/home, appended in chunks while scrolling, as infinite scroll does. Figures are printed,
 * never asserted (they depend on the machine).
 *
 * How each figure is taken:
 *  - content-script main-thread time: a V8 CPU profile of the page's renderer (CDP Profiler, 100 µs
 *    samples); every sample with the content script anywhere on its stack counts (its own JS and the
 *    DOM calls it makes). Per post = that time in each chunk's window ÷ the chunk's posts.
 *  - long tasks: the page's own PerformanceObserver('longtask'), with the extension and in a run of
 *    the same feed without it; a long task is the extension's when the profile puts content-script
 *    samples inside it.
 *  - DOM → state: the page's MutationObserver timestamps when each post became clear or flagged.
 *  - feed: how many of the posts written as extremist were flagged, and how many of the others.
 *  - cold start: the service worker is stopped (CDP ServiceWorker.stopAllWorkers), then one new post
 *    is added; the time until its state lands includes waking the worker and loading the model.
 *  - background memory: Runtime.getHeapUsage on the service-worker target, and the extension
 *    process's private, proportional and resident memory (/proc/<pid>/smaps_rollup), before the
 *    model is loaded and after the feed.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { zipSync } from 'fflate';
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { addPosts, feedPageHtml, type FeedLogEntry } from '../../tests/e2e/feedPage.ts';
import { BENIGN_EN, BENIGN_UR, BENIGN_UR_LATN, ENDINGS, EXTREMIST } from './feedPhrases.ts';
import { STARTUP_MARK_PREFIX } from '../../utils/startupMarks.ts';
import { seededRandom } from '../lib/seededRandom.ts';
import { assertBuildCarriesModel } from './buildModel.ts';
import {
  CHROME_BUILD,
  CHROMIUM,
  CHROMIUM_FLAGS,
  launchExtension,
  serve,
  stopServiceWorkers,
  type ExtensionSession,
} from '../../tests/e2e/harness.ts';

const FEED_URL = 'https://x.com/home';
const POSTS = 2000;
const CHUNK = 20;
const CHUNK_EVERY_MS = 100;
const LONG_TASK_MS = 50;
const PUBLIC_DIR = resolve(import.meta.dirname, '../../public');

// The feed: posts written by template from our own phrases (no dataset text), ~5% extremist.

export function generateFeed(count = POSTS, seed = 20261128): { texts: string[]; writtenExtremist: boolean[] } {
  const next = seededRandom(seed); // the same feed on every run
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const texts: string[] = [];
  const writtenExtremist: boolean[] = [];
  for (let i = 0; i < count; i++) {
    // Unique texts, as on a real timeline: the score cache must not answer for the model.
    writtenExtremist.push(next() < 0.05);
    if (writtenExtremist[i]) {
      texts.push(`${pick(EXTREMIST)} (${i})`);
      continue;
    }
    const language = next();
    const base = language < 0.5 ? pick(BENIGN_EN) : language < 0.8 ? pick(BENIGN_UR_LATN) : pick(BENIGN_UR);
    const second = next() < 0.4 ? ` ${pick(language < 0.5 ? BENIGN_EN : BENIGN_UR_LATN)}.` : '';
    texts.push(`${base}.${second} Day ${i + 1}${pick(ENDINGS)}`);
  }
  return { texts, writtenExtremist };
}

// ---------------------------------------------------------------------------------------------
// Statistics and formatting.

function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

const ms = (value: number, digits = 1): string => `${value.toFixed(digits)} ms`;
const mib = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;

// ---------------------------------------------------------------------------------------------
// Measurements.

interface LongTask {
  start: number;
  duration: number;
}

/** Collects the page's long tasks from its load on (buffered observer). */
async function startLongTasks(page: Page): Promise<void> {
  await page.evaluate(() => {
    const tasks: Array<{ start: number; duration: number }> = [];
    Object.assign(window, { basiratLongTasks: tasks });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
}

function readLongTasks(page: Page): Promise<LongTask[]> {
  return page.evaluate(() => (window as unknown as { basiratLongTasks: LongTask[] }).basiratLongTasks);
}

/** Appends the feed in chunks, scrolling after each, from inside the page (no CDP round trips in between). */
async function stream(page: Page, texts: readonly string[]): Promise<Array<{ at: number; count: number }>> {
  return page.evaluate(
    async ({ items, size, every }) => {
      const chunks: Array<{ at: number; count: number }> = [];
      for (let i = 0; i < items.length; i += size) {
        const chunk = items.slice(i, i + size);
        chunks.push({ at: performance.now(), count: chunk.length });
        window.feed.add(chunk);
        window.scrollTo(0, document.documentElement.scrollHeight);
        await new Promise((resolve) => setTimeout(resolve, every));
      }
      return chunks;
    },
    { items: [...texts], size: CHUNK, every: CHUNK_EVERY_MS },
  );
}

async function waitAllSettled(page: Page, count: number, timeout = 300_000): Promise<FeedLogEntry[]> {
  await page.waitForFunction(
    (total) => window.feed.log().filter((entry) => entry.settled !== undefined).length >= total,
    count,
    { timeout, polling: 250 },
  );
  return page.evaluate(() => window.feed.log());
}

interface CpuProfile {
  nodes: Array<{ id: number; parent?: number; children?: number[]; callFrame: { url: string } }>;
  startTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

/** Content-script samples of a profile as [page time ms, duration ms]; `origin` maps profile µs to page ms. */
function contentScriptSamples(profile: CpuProfile, scriptPrefix: string, origin: number): Array<[number, number]> {
  const parent = new Map<number, number>();
  const url = new Map<number, string>();
  for (const node of profile.nodes) {
    url.set(node.id, node.callFrame.url);
    for (const child of node.children ?? []) parent.set(child, node.id);
  }
  const ours = new Map<number, boolean>();
  const inContentScript = (id: number): boolean => {
    const known = ours.get(id);
    if (known !== undefined) return known;
    const own = (url.get(id) ?? '').startsWith(scriptPrefix);
    const up = parent.get(id);
    const result = own || (up !== undefined && inContentScript(up));
    ours.set(id, result);
    return result;
  };
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  const out: Array<[number, number]> = [];
  let time = profile.startTime;
  for (let i = 0; i < samples.length; i++) {
    time += deltas[i] ?? 0;
    // A sample stands for the interval up to the next one.
    const duration = (deltas[i + 1] ?? 0) / 1000;
    if (inContentScript(samples[i]!)) out.push([(time - profile.startTime) / 1000 + origin, duration]);
  }
  return out;
}

/** Sends one CDP command to the extension's service worker (Playwright has no worker sessions). */
async function serviceWorkerCommand<T>(
  session: ExtensionSession,
  method: string,
  params: Record<string, unknown> = {},
): Promise<T | undefined> {
  const browser = session.context.browser();
  if (!browser) return undefined;
  const cdp = await browser.newBrowserCDPSession();
  try {
    const { targetInfos } = await cdp.send('Target.getTargets');
    const target = targetInfos.find(
      (info) => info.type === 'service_worker' && info.url.startsWith(`chrome-extension://${session.extensionId}/`),
    );
    if (!target) return undefined;
    const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: target.targetId, flatten: false });
    const reply = new Promise<T>((resolve) => {
      cdp.on('Target.receivedMessageFromTarget', (event) => {
        const message = JSON.parse(event.message) as { id?: number; result?: T };
        if (event.sessionId === sessionId && message.id === 1 && message.result) resolve(message.result);
      });
    });
    await cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: 1, method, params }) });
    return await reply;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

async function serviceWorkerHeap(session: ExtensionSession): Promise<{ used: number; total: number } | undefined> {
  const usage = await serviceWorkerCommand<{ usedSize: number; totalSize: number }>(session, 'Runtime.getHeapUsage');
  return usage && { used: usage.usedSize, total: usage.totalSize };
}

/** A worker's cold start: its startup marks (utils/startupMarks.ts), in ms since the worker started. */
type StartupTimeline = Record<string, number>;

async function serviceWorkerStartup(session: ExtensionSession): Promise<StartupTimeline | undefined> {
  // Resource Timing has no entries for chrome-extension:// fetches, so the marks are all there is.
  const expression = `JSON.stringify(performance.getEntriesByType('mark')
    .filter((e) => e.name.startsWith(${JSON.stringify(STARTUP_MARK_PREFIX)}))
    .map((e) => [e.name.slice(${STARTUP_MARK_PREFIX.length}), e.startTime]))`;
  const reply = await serviceWorkerCommand<{ result?: { value?: string } }>(session, 'Runtime.evaluate', {
    expression,
    returnByValue: true,
  });
  const value = reply?.result?.value;
  return typeof value === 'string' ? Object.fromEntries(JSON.parse(value) as Array<[string, number]>) : undefined;
}

/** Medians over rounds of each cold-start point, in the order they happened. */
function describeStartups(timelines: readonly StartupTimeline[]): string {
  const names = [...new Set(timelines.flatMap((timeline) => Object.keys(timeline)))];
  const medians = names.map((name) => {
    const values = timelines.map((timeline) => timeline[name]).filter((v): v is number => v !== undefined);
    return [name, quantile(values, 0.5)] as const;
  });
  if (medians.length === 0) return 'n/a';
  return medians
    .sort((a, b) => a[1] - b[1])
    .map(([name, at]) => `${name} ${at.toFixed(0)}`)
    .join(', ');
}

/** Memory of the extension's processes (kernel figures, bytes), from /proc/<pid>/smaps_rollup. */
interface ProcessMemory {
  /** Resident set: includes the pages of Chromium's own code shared with every other renderer. */
  rss: number;
  /** Proportional set: shared pages divided among the processes that map them. */
  pss: number;
  /** Private pages only (clean + dirty): what the extension itself costs, like Chrome's "memory footprint". */
  private: number;
}

/** The extension's renderer processes: the browser is found by its profile, then its descendants. */
function extensionProcessIds(profile: string): number[] {
  const rows = execFileSync('ps', ['-eo', 'pid=,ppid=,args='], { encoding: 'utf8' })
    .split('\n')
    .map((line) => /^\s*(\d+)\s+(\d+)\s+(.*)$/.exec(line))
    .filter((match): match is RegExpExecArray => match !== null)
    .map(([, pid, ppid, args]) => ({ pid: Number(pid), ppid: Number(ppid), args: args! }));
  const root = rows.find((row) => row.args.includes(`--user-data-dir=${profile}`) && !row.args.includes('--type='));
  if (!root) return [];
  const family = new Set([root.pid]);
  for (let grew = true; grew;) {
    grew = false;
    for (const row of rows) {
      if (!family.has(row.pid) && family.has(row.ppid)) {
        family.add(row.pid);
        grew = true;
      }
    }
  }
  return rows.filter((row) => family.has(row.pid) && row.args.includes('--extension-process')).map((row) => row.pid);
}

function extensionProcessMemory(profile: string): ProcessMemory | undefined {
  try {
    const pids = extensionProcessIds(profile);
    if (pids.length === 0) return undefined;
    const total: ProcessMemory = { rss: 0, pss: 0, private: 0 };
    for (const pid of pids) {
      const rollup = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
      const kib = (field: string): number => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(rollup)?.[1] ?? 0);
      total.rss += kib('Rss') * 1024;
      total.pss += kib('Pss') * 1024;
      total.private += (kib('Private_Clean') + kib('Private_Dirty')) * 1024;
    }
    return total;
  } catch {
    return undefined; // not Linux, or the process ended: the figure is reported as n/a
  }
}

const describeMemory = (memory: ProcessMemory | undefined): string =>
  memory ? `private ${mib(memory.private)}, PSS ${mib(memory.pss)}, RSS ${mib(memory.rss)}` : 'n/a';

function directorySize(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce((sum, entry) => {
    const path = join(dir, entry.name);
    return sum + (entry.isDirectory() ? directorySize(path) : statSync(path).size);
  }, 0);
}

function zippedSize(dir: string): number {
  const files: Record<string, Uint8Array> = {};
  const walk = (current: string, prefix: string): void => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const path = join(current, entry.name);
      if (entry.isDirectory()) walk(path, `${prefix}${entry.name}/`);
      else files[`${prefix}${entry.name}`] = new Uint8Array(readFileSync(path));
    }
  };
  walk(dir, '');
  return zipSync(files, { level: 9 }).length;
}

/** The same feed without the extension: the page's own long tasks, for comparison. */
async function baselineLongTasks(texts: readonly string[]): Promise<LongTask[]> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_FLAGS });
  try {
    const context: BrowserContext = await browser.newContext({ viewport: { width: 1200, height: 900 } });
    await context.route(/^https?:\/\//, (route) => route.abort('blockedbyclient'));
    await serve(context, FEED_URL, feedPageHtml());
    const page = await context.newPage();
    await page.goto(FEED_URL);
    await startLongTasks(page);
    await stream(page, texts);
    await page.waitForTimeout(500);
    return await readLongTasks(page);
  } finally {
    await browser.close();
  }
}

async function settleOne(page: Page, text: string): Promise<number> {
  const [id] = await addPosts(page, [text]);
  await page.waitForFunction((wanted) => window.feed.log()[wanted]?.settled !== undefined, id!, {
    timeout: 60_000,
    polling: 20,
  });
  const entry = await page.evaluate((wanted) => window.feed.log()[wanted]!, id!);
  return entry.settled! - entry.added;
}

export async function benchExtension(): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  const { texts, writtenExtremist } = generateFeed();
  const extremist = writtenExtremist.filter(Boolean).length;

  assertBuildCarriesModel(CHROME_BUILD, PUBLIC_DIR);
  // A private copy: a rebuild of .output during the run (another terminal, a test run) cannot disturb it.
  const build = mkdtempSync(join(tmpdir(), 'basirat-bench-build-'));
  cpSync(CHROME_BUILD, build, { recursive: true });
  const session = await launchExtension({ extensionPath: build });
  let profiler: CDPSession | undefined;
  try {
    // Before any post: the worker runs but has not loaded onnxruntime or the model (both are lazy).
    out['extension process memory, before the model'] = describeMemory(extensionProcessMemory(session.profile));
    await serve(session.context, FEED_URL, feedPageHtml());
    const page = await session.context.newPage();
    await page.goto(FEED_URL);
    await startLongTasks(page);
    // Warm the model once, so the stream measures steady state; the cold start is measured below.
    await settleOne(page, 'Warm-up: Pakistan won the toss and chose to bat first');

    profiler = await session.context.newCDPSession(page);
    await profiler.send('Profiler.enable');
    await profiler.send('Profiler.setSamplingInterval', { interval: 100 });
    await profiler.send('Profiler.start');
    const origin = await page.evaluate(() => performance.now());
    const streamStart = Date.now();
    const chunks = await stream(page, texts);
    const log = (await waitAllSettled(page, texts.length + 1)).slice(1);
    const streamSeconds = (Date.now() - streamStart) / 1000;
    const { profile } = (await profiler.send('Profiler.stop')) as { profile: CpuProfile };
    const samples = contentScriptSamples(profile, `chrome-extension://${session.extensionId}/`, origin);

    // The log is in the order the posts were added, after the warm-up post: entry i is texts[i].
    const flaggedWritten = log.filter((entry, i) => entry.state === 'flagged' && writtenExtremist[i]).length;
    const flaggedOthers = log.filter((entry, i) => entry.state === 'flagged' && !writtenExtremist[i]).length;
    out['feed'] =
      `${texts.length} posts (${extremist} written as extremist: ${flaggedWritten} of them flagged, and ` +
      `${flaggedOthers} of the ${texts.length - extremist} others), ` +
      `${CHUNK} every ${CHUNK_EVERY_MS} ms while scrolling, all labelled after ${streamSeconds.toFixed(1)} s`;

    // Content-script time: per chunk window, divided by the posts of that chunk.
    const perPost: number[] = chunks.map((chunk, index) => {
      const end = chunks[index + 1]?.at ?? Number.POSITIVE_INFINITY;
      const busy = samples.filter(([at]) => at >= chunk.at && at < end).reduce((sum, [, d]) => sum + d, 0);
      return busy / chunk.count;
    });
    const total = samples.reduce((sum, [, duration]) => sum + duration, 0);
    out['content script main thread per post'] =
      `median ${ms(quantile(perPost, 0.5), 3)}, p95 ${ms(quantile(perPost, 0.95), 3)} ` +
      `(total ${ms(total, 0)} for ${texts.length} posts)`;

    const latency = log.map((entry) => entry.settled! - entry.added);
    out['post in DOM → state (clear/flagged)'] =
      `p50 ${ms(quantile(latency, 0.5), 0)}, p95 ${ms(quantile(latency, 0.95), 0)}, max ${ms(Math.max(...latency), 0)}`;

    const longTasks = await readLongTasks(page);
    const ours = longTasks.filter((task) =>
      samples.some(([at]) => at >= task.start && at < task.start + task.duration),
    );
    const baseline = await baselineLongTasks(texts);
    const describeTasks = (tasks: LongTask[]): string =>
      tasks.length === 0
        ? 'none'
        : `${tasks.length} (longest ${ms(Math.max(...tasks.map((task) => task.duration)), 0)})`;
    out[`long tasks ≥ ${LONG_TASK_MS} ms with the extension`] = describeTasks(longTasks);
    out['  of which with content-script work inside'] = describeTasks(ours);
    out['  same feed without the extension'] = describeTasks(baseline);

    const heap = await serviceWorkerHeap(session);
    out['service worker JS heap after the feed'] = heap ? `${mib(heap.used)} used of ${mib(heap.total)}` : 'n/a';
    out['extension process memory, model loaded'] = describeMemory(extensionProcessMemory(session.profile));

    const warm: number[] = [];
    const cold: number[] = [];
    const startups: StartupTimeline[] = [];
    for (let round = 0; round < 3; round++) {
      warm.push(await settleOne(page, `Warm check ${round}: the bus to Murree leaves at nine`));
      await stopServiceWorkers(session, page);
      cold.push(await settleOne(page, `Cold check ${round}: Quetta gets its first snow of the season`));
      const startup = await serviceWorkerStartup(session);
      if (startup) startups.push(startup);
    }
    out['one new post, worker running'] =
      `median ${ms(quantile(warm, 0.5), 0)} (${warm.map((v) => v.toFixed(0)).join(', ')})`;
    out['one new post, cold start (worker stopped)'] =
      `median ${ms(quantile(cold, 0.5), 0)} (${cold.map((v) => v.toFixed(0)).join(', ')})`;
    out['  in the worker, ms after it started (median)'] = describeStartups(startups);
  } finally {
    await profiler?.detach().catch(() => undefined);
    await session.close();
  }

  out['extension size unpacked'] = mib(directorySize(build));
  out['extension size zipped (deflate 9)'] = mib(zippedSize(build));
  rmSync(build, { recursive: true, force: true });
  return out;
}
