/**
 * The guardian connector: lock status, policy and actions over the typed protocol, for the options
 * page's lock section, its unlock prompt and its "Set by your school" badges.
 */
import type { GuardianActions, GuardianData } from '../../components/guardian/GuardianPanel.tsx';
import type { SendFn } from '../dom/contentApp.ts';
import { t, type UiLang } from '../i18n/index.ts';
import type { PolicyView } from '../policy/types.ts';
import { createStore, type Store } from '../ui/store.ts';

export type GuardianViewData = GuardianData & { policy: PolicyView | null };

export interface GuardianConnector {
  store: Store<GuardianViewData>;
  actions: GuardianActions;
  refresh(): Promise<void>;
  stop(): void;
}

export interface GuardianConnectorOptions {
  /** Storage changes (a session opened or closed in another page, a policy change) trigger a refresh. */
  onStorageChanged?(listener: () => void): () => void;
  /** Where the weekly summary page is; hidden when policy turns it off. */
  summaryUrl?: string;
}

export function createGuardianConnector(
  send: SendFn,
  lang: UiLang,
  options: GuardianConnectorOptions = {},
): GuardianConnector {
  const store = createStore<GuardianViewData>({ lang, status: null, notice: null, policy: null, summaryUrl: null });
  let expiry: ReturnType<typeof setTimeout> | undefined;

  async function refresh(): Promise<void> {
    const [status, policy] = await Promise.all([send('guardianStatus', {}), send('getPolicy', {})]);
    const summaryUrl = policy.policy.weeklySummary === false ? null : (options.summaryUrl ?? null);
    store.update((current) => ({ ...current, status, policy, summaryUrl }));
    clearTimeout(expiry);
    // An unlock session ends without any storage event: look again when it is due to expire.
    if (status.unlockedUntil !== null)
      expiry = setTimeout(() => void refresh().catch(() => undefined), status.unlockedUntil - status.now + 500);
  }

  const notice = (key: 'guardian.saved' | 'guardian.removed' | 'guardian.locked'): void =>
    store.update((current) => ({ ...current, notice: t(current.lang, key) }));

  const unwatch = options.onStorageChanged?.(() => void refresh().catch(() => undefined)) ?? (() => undefined);

  return {
    store,
    refresh,
    stop() {
      clearTimeout(expiry);
      unwatch();
    },
    actions: {
      async unlock(pin) {
        const result = await send('guardianUnlock', { pin });
        store.update((current) => ({ ...current, status: result.status, notice: null }));
        return result;
      },
      async lock() {
        const status = await send('guardianLock', {});
        store.update((current) => ({ ...current, status }));
        notice('guardian.locked');
      },
      async setPin(pin) {
        const status = await send('guardianSetPin', { pin });
        store.update((current) => ({ ...current, status }));
        notice('guardian.saved');
      },
      async removePin() {
        const status = await send('guardianRemovePin', {});
        store.update((current) => ({ ...current, status }));
        notice('guardian.removed');
      },
    },
  };
}
