import { useEffect, useState } from 'preact/hooks';
import type { Store } from '../../utils/ui/store.ts';

/** Re-renders whenever the connector's store changes. */
export function useStore<T>(store: Store<T>): T {
  const [value, setValue] = useState(store.get());
  useEffect(() => {
    setValue(store.get());
    return store.subscribe(setValue);
  }, [store]);
  return value;
}
