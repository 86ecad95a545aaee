/**
 * Builds both extensions before the end-to-end files run when .output is missing or older than the
 * source, so the tests exercise the current code and model (CI runs `npm test` before its own builds).
 * A fresh build is left alone: rebuilding under another test run's open browser would pull files
 * from under it. BASIRAT_E2E_BUILD=always|never overrides the check.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const SOURCES = ['entrypoints', 'components', 'utils', 'public', 'wxt.config.ts', 'package.json'];
const BUILDS: Array<{ manifest: string; args: string[] }> = [
  { manifest: '.output/chrome-mv3/manifest.json', args: ['build'] },
  { manifest: '.output/firefox-mv3/manifest.json', args: ['build', '-b', 'firefox', '--mv3'] },
];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestMtime(join(path, name))), stat.mtimeMs);
}

export default function setup(): void {
  const mode = process.env.BASIRAT_E2E_BUILD ?? 'auto';
  if (mode === 'never') return;
  const source = Math.max(...SOURCES.map((path) => newestMtime(resolve(ROOT, path))));
  const wxt = resolve(ROOT, 'node_modules/.bin/wxt');
  for (const { manifest, args } of BUILDS) {
    const built = resolve(ROOT, manifest);
    if (mode !== 'always' && existsSync(built) && statSync(built).mtimeMs >= source) continue;
    try {
      execFileSync(wxt, args, { cwd: ROOT, stdio: 'pipe', encoding: 'utf8' });
    } catch (error) {
      const output = error as { stdout?: string; stderr?: string };
      throw new Error(`wxt ${args.join(' ')} failed:\n${output.stdout ?? ''}${output.stderr ?? ''}`);
    }
  }
}
