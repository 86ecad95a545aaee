/**
 * The extension bench measures whatever .output/chrome-mv3 holds. A build left from before a retrain
 * carries the previous model, and its feed figures were once reported for the new one (0.25.0's
 * README line: 97 of 106 flagged, where the model itself flags 89). The bench refuses such a build.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const METADATA = join('model', 'basirat-model.json');

function modelLabel(metadataText: string): string {
  try {
    const { version, sha256 } = JSON.parse(metadataText) as { version?: unknown; sha256?: unknown };
    return `${String(version)} (sha256 ${String(sha256).slice(0, 12)}…)`;
  } catch {
    return 'unreadable metadata';
  }
}

/** Throws unless the build's model metadata is byte for byte the shipped one (it names the ONNX file's sha256). */
export function assertBuildCarriesModel(buildDir: string, publicDir: string): void {
  const built = join(buildDir, METADATA);
  const shipped = join(publicDir, METADATA);
  if (!existsSync(built)) throw new Error(`no built extension at ${buildDir}: run \`npm run build\` first`);
  const builtText = readFileSync(built, 'utf8');
  const shippedText = readFileSync(shipped, 'utf8');
  if (builtText !== shippedText) {
    throw new Error(
      `${buildDir} carries model ${modelLabel(builtText)}, ${publicDir} has ${modelLabel(shippedText)}:` +
        ' run `npm run build` first',
    );
  }
}
