/**
 * The bundled resource pack for previews and tests (the real file, read at build time by Vite / at
 * test time by Node), so mocks never drift from what ships.
 */
import bundled from '../../public/resources/basirat-resources.json';
import { parsePack, type ResourcePack } from '../../utils/resources/schema.ts';

export const PREVIEW_PACK: ResourcePack = parsePack(bundled);
