import { browser } from 'wxt/browser';
import { verifyModelBytes } from '../classifier/integrity.ts';
import { parseMetadata } from '../classifier/metadata.ts';
import { createOnnxRuntime, modelIo } from '../classifier/runtime.ts';
import { createClassifierService, type ClassifierService } from '../classifier/service.ts';
import { markStartup } from '../startupMarks.ts';

const METADATA_PATH = '/model/basirat-model.json';

async function fetchBytes(path: string): Promise<Uint8Array> {
  const response = await fetch(browser.runtime.getURL(path as '/'));
  if (!response.ok) throw new Error(`cannot load ${path}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

/**
 * The classifier inside the extension: metadata and model come from the package, the model's
 * sha256 is checked against the metadata, and the ONNX session is created on the first request.
 * A service worker that was killed simply builds it again on its next request.
 */
export async function loadExtensionClassifier(): Promise<ClassifierService> {
  const metadata = parseMetadata(JSON.parse(new TextDecoder().decode(await fetchBytes(METADATA_PATH))));
  markStartup('metadata-loaded');
  const runtime = createOnnxRuntime({
    loadModel: async () => {
      const bytes = await fetchBytes(`/model/${metadata.file}`);
      markStartup('model-fetched');
      const verified = await verifyModelBytes(bytes, metadata.sha256);
      markStartup('model-verified');
      return verified;
    },
    ...modelIo(metadata),
  });
  return createClassifierService(runtime, metadata);
}
