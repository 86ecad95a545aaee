import { useEffect } from 'preact/hooks';
import { Help } from '../../components/help/Help.tsx';
import { useStore } from '../../components/shared/useStore.ts';
import { t } from '../../utils/i18n/index.ts';
import type { HelpConnector } from '../../utils/ui/connectors/help.ts';
import { applyDocumentLanguage } from '../../utils/ui/env.ts';

export function App({ connector }: { connector: HelpConnector }) {
  const data = useStore(connector.store);
  useEffect(() => applyDocumentLanguage(document, data.lang, t(data.lang, 'help.title')), [data.lang]);
  useEffect(() => {
    const onHash = (): void => {
      connector.setHash(location.hash);
      window.scrollTo(0, 0);
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, [connector]);
  return <Help data={data} />;
}
