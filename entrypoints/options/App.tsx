import { useEffect } from 'preact/hooks';
import { Options } from '../../components/options/Options.tsx';
import { useStore } from '../../components/shared/useStore.ts';
import { t } from '../../utils/i18n/index.ts';
import type { GuardianConnector } from '../../utils/guardian/connector.ts';
import type { OptionsConnector } from '../../utils/ui/connectors/options.ts';
import { applyDocumentLanguage } from '../../utils/ui/env.ts';

export function App({ connector, guardian }: { connector: OptionsConnector; guardian: GuardianConnector }) {
  const data = useStore(connector.store);
  const guardianData = useStore(guardian.store);
  useEffect(() => applyDocumentLanguage(document, data.lang, t(data.lang, 'options.title')), [data.lang]);
  return (
    <Options data={data} actions={connector.actions} guardian={{ data: guardianData, actions: guardian.actions }} />
  );
}
