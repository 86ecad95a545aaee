/**
 * The policy as the background sees it: read from storage.managed once, cached, and read again when
 * the managed area changes. Every getSettings merges it, so content scripts see policy from the
 * first page on (policy is in place before the browser starts the extension).
 */
import { validatePolicy } from './validate.ts';
import { EMPTY_POLICY_STATE, type PolicyState } from './types.ts';

export interface PolicySourceDeps {
  /** storage.managed.get(); rejects on Firefox when no policy names this extension. */
  read(): Promise<unknown>;
  /** Calls back when the managed area changed; optional in tests. */
  watch?(onChange: () => void): void;
  log?(message: string): void;
}

export interface PolicySource {
  current(): Promise<PolicyState>;
  /** Listeners run after a changed policy was read and validated. */
  onChange(listener: (state: PolicyState) => void): () => void;
}

export function createPolicySource(deps: PolicySourceDeps): PolicySource {
  const log = deps.log ?? console.warn;
  const listeners = new Set<(state: PolicyState) => void>();
  let cached: Promise<PolicyState> | undefined;

  async function load(): Promise<PolicyState> {
    let raw: unknown;
    try {
      raw = await deps.read();
    } catch {
      // No managed storage (Firefox without a policy, or a browser without the API): nothing is managed.
      return EMPTY_POLICY_STATE;
    }
    const state = validatePolicy(raw);
    // Logged once per read, so an administrator sees why a value was not applied (chrome://extensions → errors).
    for (const { key, reason } of state.rejected) log(`basirat: policy value "${key}" ignored: ${reason}`);
    return state;
  }

  const current = (): Promise<PolicyState> => (cached ??= load());

  deps.watch?.(() => {
    cached = undefined;
    void current().then((state) => listeners.forEach((listener) => listener(state)));
  });

  return {
    current,
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
