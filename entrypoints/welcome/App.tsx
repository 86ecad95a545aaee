import { useEffect } from 'preact/hooks';
import { Welcome } from '../../components/welcome/Welcome.tsx';
import { useStore } from '../../components/shared/useStore.ts';
import { t } from '../../utils/i18n/index.ts';
import type { WelcomeConnector } from '../../utils/ui/connectors/welcome.ts';
import { applyDocumentLanguage } from '../../utils/ui/env.ts';

export function App({ connector }: { connector: WelcomeConnector }) {
  const data = useStore(connector.store);
  useEffect(() => applyDocumentLanguage(document, data.lang, t(data.lang, 'welcome.title')), [data.lang]);
  return <Welcome data={data} actions={connector.actions} />;
}
