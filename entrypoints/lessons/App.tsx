import { useEffect, useRef } from 'preact/hooks';
import { Lessons } from '../../components/lessons/Lessons.tsx';
import { useStore } from '../../components/shared/useStore.ts';
import { t } from '../../utils/i18n/index.ts';
import type { LessonsConnector } from '../../utils/ui/connectors/lessons.ts';
import { applyDocumentLanguage } from '../../utils/ui/env.ts';

export function App({ connector }: { connector: LessonsConnector }) {
  const data = useStore(connector.store);
  const scrolled = useRef(false);
  useEffect(() => applyDocumentLanguage(document, data.lang, t(data.lang, 'lessons.title')), [data.lang]);
  useEffect(() => {
    // lessons.html#<topic>: the cards render after the first answer, so jump once they exist.
    if (scrolled.current || data.status !== 'ready' || location.hash.length < 2) return;
    scrolled.current = true;
    document.getElementById(decodeURIComponent(location.hash.slice(1)))?.scrollIntoView();
  }, [data.status]);
  return <Lessons data={data} actions={connector.actions} />;
}
