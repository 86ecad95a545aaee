import type { BasiratDb } from '../db.ts';
import type { PackCache, StoredPack, UpdateCheck } from './store.ts';

/** The resource pack cache in the extension's IndexedDB (two rows: the pack and the last check). */
export function createDexiePackCache(getDb: () => BasiratDb): PackCache {
  return {
    async readPack() {
      const row = await getDb().resources.get('pack');
      if (row?.id !== 'pack') return undefined;
      const { id: _id, ...pack } = row;
      return pack as StoredPack;
    },
    async writePack(pack) {
      await getDb().resources.put({ id: 'pack', ...pack });
    },
    async readCheck() {
      const row = await getDb().resources.get('check');
      if (row?.id !== 'check') return undefined;
      const { id: _id, ...check } = row;
      return check as UpdateCheck;
    },
    async writeCheck(check) {
      await getDb().resources.put({ id: 'check', ...check });
    },
  };
}
