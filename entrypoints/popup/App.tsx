import { useEffect } from 'preact/hooks';
import { Popup } from '../../components/popup/Popup.tsx';
import { useStore } from '../../components/shared/useStore.ts';
import { t } from '../../utils/i18n/index.ts';
import type { PopupConnector } from '../../utils/ui/connectors/popup.ts';
import { applyDocumentLanguage } from '../../utils/ui/env.ts';

export function App({ connector }: { connector: PopupConnector }) {
  const data = useStore(connector.store);
  useEffect(() => applyDocumentLanguage(document, data.lang, t(data.lang, 'popup.title')), [data.lang]);
  return <Popup data={data} actions={connector.actions} />;
}
