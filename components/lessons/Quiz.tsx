/**
 * A lesson's three-question quiz. Native radio groups (arrow keys move, space selects); answers are
 * checked together, each question then says right or not and why, and the result is saved.
 */
import { useState } from 'preact/hooks';
import { formatNumber, pick } from '../../utils/i18n/format.ts';
import { t, type UiLang } from '../../utils/i18n/index.ts';
import type { Lesson } from '../../utils/lessons/content.ts';

export interface QuizProps {
  lang: UiLang;
  lesson: Lesson;
  onChecked(correct: boolean[]): void;
}

export function Quiz({ lang, lesson, onChecked }: QuizProps) {
  const total = lesson.quiz.length;
  const [chosen, setChosen] = useState<Array<number | null>>(() => lesson.quiz.map(() => null));
  const [checked, setChecked] = useState(false);
  const [missing, setMissing] = useState(false);
  const correct = lesson.quiz.map((question, i) => chosen[i] === question.answer);
  const score = correct.filter(Boolean).length;

  const choose = (question: number, option: number): void => {
    setChosen(chosen.map((value, i) => (i === question ? option : value)));
    setChecked(false);
    setMissing(false);
  };
  const check = (event: Event): void => {
    event.preventDefault();
    if (chosen.some((value) => value === null)) {
      setMissing(true);
      return;
    }
    setChecked(true);
    onChecked(correct);
  };
  const reset = (): void => {
    setChosen(lesson.quiz.map(() => null));
    setChecked(false);
    setMissing(false);
  };

  return (
    <form class="quiz" onSubmit={check} data-lesson={lesson.id}>
      {lesson.quiz.map((question, q) => (
        <fieldset key={q} data-question={q}>
          <legend>
            <span class="muted small">
              {t(lang, 'lessons.question', { n: formatNumber(lang, q + 1), total: formatNumber(lang, total) })}
            </span>{' '}
            {pick(lang, question.prompt)}
          </legend>
          {question.options.map((option, o) => {
            const id = `${lesson.id}-q${q}-o${o}`;
            return (
              <div class="radio" key={o}>
                <input
                  type="radio"
                  id={id}
                  name={`${lesson.id}-q${q}`}
                  value={String(o)}
                  checked={chosen[q] === o}
                  onChange={() => choose(q, o)}
                />
                <label for={id}>{pick(lang, option)}</label>
              </div>
            );
          })}
          {checked && (
            <p class={correct[q] ? 'answer-right' : 'answer-wrong'} data-result={correct[q] ? 'right' : 'wrong'}>
              {correct[q] ? t(lang, 'lessons.right') : t(lang, 'lessons.wrong')}{' '}
              {correct[q] && <span class="explain">{pick(lang, question.explain)}</span>}
            </p>
          )}
        </fieldset>
      ))}
      <div class="row">
        <button type="submit" class="primary check">
          {t(lang, 'lessons.check')}
        </button>
        {checked && (
          <button type="button" class="retry" onClick={reset}>
            {t(lang, 'lessons.tryAgain')}
          </button>
        )}
      </div>
      <div role="status" class="quiz-status">
        {missing && <p class="error">{t(lang, 'lessons.pickAll')}</p>}
        {checked && (
          <p>
            {t(lang, 'lessons.score', { correct: formatNumber(lang, score), total: formatNumber(lang, total) })}{' '}
            {score === total && <strong class="done">{t(lang, 'lessons.done')}</strong>}
          </p>
        )}
      </div>
    </form>
  );
}
