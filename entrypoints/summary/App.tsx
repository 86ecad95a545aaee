import { useEffect } from 'preact/hooks';
import { SummaryView } from '../../components/summary/SummaryView.tsx';
import { useStore } from '../../components/shared/useStore.ts';
import { t } from '../../utils/i18n/index.ts';
import type { SummaryConnector } from '../../utils/reports/summaryConnector.ts';
import { applyDocumentLanguage } from '../../utils/ui/env.ts';

export function App({ connector }: { connector: SummaryConnector }) {
  const data = useStore(connector.store);
  useEffect(() => applyDocumentLanguage(document, data.lang, t(data.lang, 'summary.title')), [data.lang]);
  return <SummaryView data={data} actions={connector.actions} />;
}
