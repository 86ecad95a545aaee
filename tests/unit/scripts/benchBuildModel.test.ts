import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertBuildCarriesModel } from '../../../scripts/bench/buildModel.ts';

function folderWithModel(metadata: string | undefined): string {
  const dir = mkdtempSync(join(tmpdir(), 'basirat-build-model-'));
  if (metadata !== undefined) {
    mkdirSync(join(dir, 'model'));
    writeFileSync(join(dir, 'model', 'basirat-model.json'), metadata);
  }
  return dir;
}

describe('the extension bench checks which model the build carries', () => {
  const shipped = JSON.stringify({ version: '0.25.1', sha256: 'ab'.repeat(32) });

  it('accepts a build whose model metadata is the shipped one', () => {
    expect(() => assertBuildCarriesModel(folderWithModel(shipped), folderWithModel(shipped))).not.toThrow();
  });

  it('refuses a build left from an earlier model, naming both versions', () => {
    const stale = JSON.stringify({ version: '0.24.0', sha256: 'cd'.repeat(32) });
    expect(() => assertBuildCarriesModel(folderWithModel(stale), folderWithModel(shipped))).toThrow(
      /carries model 0\.24\.0 \(sha256 cdcdcdcdcdcd…\), .* has 0\.25\.1 .*npm run build/,
    );
  });

  it('refuses a missing build with the command that makes one', () => {
    expect(() => assertBuildCarriesModel(folderWithModel(undefined), folderWithModel(shipped))).toThrow(
      /no built extension .*npm run build/,
    );
  });
});
