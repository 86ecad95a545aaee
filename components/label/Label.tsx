/**
 * The inline label: what Basirat noticed, in plain words, with the words that triggered it, how sure
 * it is, a "Why?" disclosure and two actions. Presentational (DESIGN.md convention 10): data in,
 * actions out, no browser.* calls. Every string from the page is rendered as JSX text.
 */
import { useState } from 'preact/hooks';
import type { PostVerdict } from '../../utils/messaging.ts';
import { describeVerdict } from '../../utils/i18n/describe.ts';
import { dirOf, t, type UiLang } from '../../utils/i18n/index.ts';

export interface LabelData {
  lang: UiLang;
  verdict: PostVerdict;
  /** null in label-only mode (nothing is blurred); otherwise whether the user revealed the post. */
  revealed: boolean | null;
  /** Extension page with help and the other side of the story; null hides the link. */
  helpUrl: string | null;
}

export interface LabelActions {
  onToggleReveal(): void;
  /** Sends "not propaganda"; rejects when it could not be sent. */
  onFeedback(): Promise<void>;
}

type FeedbackState = 'idle' | 'sending' | 'thanks' | 'failed';

const WHY_ID = 'basirat-why';

/** Wraps a quoted piece of page text; `<bdi>` keeps Urdu words in an English label (and back) in order. */
function Quote({ lang, text }: { lang: UiLang; text: string }) {
  const [before = '', after = ''] = t(lang, 'label.quote').split('{text}');
  return (
    <span class="quote">
      {before}
      <bdi class="evidence-text">{text}</bdi>
      {after}
    </span>
  );
}

export function Label({ data, actions }: { data: LabelData; actions: LabelActions }) {
  const { lang, verdict, revealed, helpUrl } = data;
  const [whyOpen, setWhyOpen] = useState(false);
  const [feedback, setFeedback] = useState<FeedbackState>('idle');
  const description = describeVerdict(lang, verdict);

  const sendFeedback = (): void => {
    if (feedback === 'sending' || feedback === 'thanks') return;
    setFeedback('sending');
    actions.onFeedback().then(
      () => setFeedback('thanks'),
      () => setFeedback('failed'),
    );
  };

  return (
    <div class="basirat" role="note" aria-label={t(lang, 'label.aria')} lang={lang} dir={dirOf(lang)}>
      <p class="title">{t(lang, 'label.title')}</p>
      <p class="summary">{description.summary}</p>
      {description.evidence.length > 0 && (
        <p class="evidence">
          {t(lang, 'label.evidence')}{' '}
          {description.evidence.map((text, index) => (
            <span key={index}>
              {index > 0 && t(lang, 'list.comma')}
              <Quote lang={lang} text={text} />
            </span>
          ))}
        </p>
      )}
      <p class="muted">{description.sure}</p>
      {revealed === false && <p class="muted">{t(lang, 'label.blurred')}</p>}
      <div class="actions">
        {revealed !== null && (
          // The text itself says what the button does next, so no aria-pressed on top of it.
          <button type="button" class="reveal" onClick={actions.onToggleReveal}>
            {revealed ? t(lang, 'label.rehide') : t(lang, 'label.reveal')}
          </button>
        )}
        <button
          type="button"
          class="why-toggle"
          aria-expanded={whyOpen}
          aria-controls={WHY_ID}
          onClick={() => setWhyOpen(!whyOpen)}
        >
          {t(lang, 'label.why')}
        </button>
        {helpUrl !== null && (
          <a class="help" href={helpUrl} target="_blank" rel="noopener noreferrer">
            {t(lang, 'label.help')}
            <span class="sr-only"> {t(lang, 'label.newTab')}</span>
          </a>
        )}
        {feedback !== 'thanks' && (
          <button type="button" class="feedback" disabled={feedback === 'sending'} onClick={sendFeedback}>
            {feedback === 'sending' ? t(lang, 'label.feedbackSending') : t(lang, 'label.feedback')}
          </button>
        )}
        <span class="feedback-status" role="status" aria-live="polite">
          {feedback === 'thanks' && t(lang, 'label.feedbackThanks')}
          {feedback === 'failed' && t(lang, 'label.feedbackFailed')}
        </span>
      </div>
      <div id={WHY_ID} class="why" hidden={!whyOpen}>
        <p class="title">{t(lang, 'label.whyHeading')}</p>
        <dl>
          {description.explanations.map((item) => (
            <div key={item.id} data-topic={item.id}>
              <dt>{item.name}</dt>
              <dd>{item.text}</dd>
            </div>
          ))}
        </dl>
        <p class="muted">{t(lang, 'label.whyFooter')}</p>
      </div>
    </div>
  );
}
