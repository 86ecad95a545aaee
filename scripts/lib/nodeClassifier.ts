import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { verifyModelBytes } from '../../utils/classifier/integrity.ts';
import { parseMetadata, type ModelMetadata } from '../../utils/classifier/metadata.ts';
import { createOnnxRuntime, modelIo, type ModelRuntime } from '../../utils/classifier/runtime.ts';
import { createClassifierService, type ClassifierService } from '../../utils/classifier/service.ts';

export const DEFAULT_METADATA = resolve(import.meta.dirname, '../../public/model/basirat-model.json');

/** Reads and validates the shipped metadata. */
export function readMetadata(path = DEFAULT_METADATA): ModelMetadata {
  return parseMetadata(JSON.parse(readFileSync(path, 'utf8')));
}

/**
 * The classifier as the extension builds it, with the model read from disk instead of fetched.
 * `wrapRuntime` lets a caller observe the model calls (the bench times them) without rebuilding the rest.
 */
export function createNodeClassifier(
  metadataPath = DEFAULT_METADATA,
  metadata = readMetadata(metadataPath),
  wrapRuntime: (runtime: ModelRuntime) => ModelRuntime = (runtime) => runtime,
): ClassifierService {
  const modelPath = join(dirname(metadataPath), metadata.file);
  const runtime = wrapRuntime(
    createOnnxRuntime({
      loadModel: () => verifyModelBytes(new Uint8Array(readFileSync(modelPath)), metadata.sha256),
      ...modelIo(metadata),
    }),
  );
  return createClassifierService(runtime, metadata);
}
