import { browser } from 'wxt/browser';
import { createPolicySource, type PolicySource } from './source.ts';

/** The policy source over the real storage.managed area and its change events. */
export function createBrowserPolicySource(): PolicySource {
  return createPolicySource({
    read: () => {
      const managed = browser.storage.managed;
      return managed ? managed.get() : Promise.resolve({});
    },
    watch: (onChange) =>
      browser.storage.onChanged.addListener((_changes, area) => {
        if (area === 'managed') onChange();
      }),
  });
}
