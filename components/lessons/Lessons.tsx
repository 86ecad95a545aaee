/**
 * The lessons page: one card per technique group and harm, each with an invented example, how to
 * spot it and a quiz; progress (kept in local storage by the background) at the top.
 */
import { formatNumber, pick } from '../../utils/i18n/format.ts';
import { dirOf, t, type UiLang } from '../../utils/i18n/index.ts';
import { topicName } from '../../utils/i18n/topics.ts';
import type { Lesson } from '../../utils/lessons/content.ts';
import { completedCount, type LessonProgress } from '../../utils/lessons/progress.ts';
import { Quiz } from './Quiz.tsx';

export interface LessonsData {
  lang: UiLang;
  status: 'loading' | 'ready' | 'error';
  error: string | null;
  lessons: readonly Lesson[];
  progress: LessonProgress;
}

export interface LessonsActions {
  saveAnswers(lessonId: string, correct: boolean[]): void;
}

function LessonCard({
  lang,
  lesson,
  done,
  actions,
}: {
  lang: UiLang;
  lesson: Lesson;
  done: boolean;
  actions: LessonsActions;
}) {
  const headingId = `${lesson.id}-heading`;
  return (
    <li class="lesson" id={lesson.id} data-done={String(done)}>
      <article aria-labelledby={headingId}>
        <h2 id={headingId}>
          {topicName(lang, lesson.id)}{' '}
          <span class="badge">
            {lesson.kind === 'harm' ? t(lang, 'lessons.kindHarm') : t(lang, 'lessons.kindTechnique')}
          </span>{' '}
          {done && <span class="done completed">✓ {t(lang, 'lessons.completed')}</span>}
        </h2>
        <h3>{t(lang, 'lessons.example')}</h3>
        <figure class="example">
          <p class="author">
            <bdi>{pick(lang, lesson.example.author)}</bdi>
          </p>
          <p>{pick(lang, lesson.example.text)}</p>
          <figcaption class="muted small">{t(lang, 'lessons.exampleNote')}</figcaption>
        </figure>
        <h3>{t(lang, 'lessons.spot')}</h3>
        <ul>
          {lesson.spot.map((tip, i) => (
            <li key={i}>{pick(lang, tip)}</li>
          ))}
        </ul>
        <h3>{t(lang, 'lessons.quiz')}</h3>
        <Quiz lang={lang} lesson={lesson} onChecked={(correct) => actions.saveAnswers(lesson.id, correct)} />
        <p>
          <a href={`help.html#${lesson.id}`}>{t(lang, 'lessons.help')}</a>
        </p>
      </article>
    </li>
  );
}

export function Lessons({ data, actions }: { data: LessonsData; actions: LessonsActions }) {
  const { lang, lessons, progress } = data;
  const done = completedCount(progress);
  return (
    <main class="page lessons" lang={lang} dir={dirOf(lang)}>
      <h1>{t(lang, 'lessons.title')}</h1>
      <p>{t(lang, 'lessons.intro')}</p>
      {data.error && (
        <p class="error" role="alert">
          {t(lang, 'common.failed', { reason: data.error })}
        </p>
      )}
      <p class="progress" role="status">
        <strong>
          {t(lang, 'lessons.progress', {
            done: formatNumber(lang, done),
            total: formatNumber(lang, lessons.length),
          })}
        </strong>
      </p>
      <nav class="topic-nav" aria-label={t(lang, 'lessons.contents')}>
        <ul>
          {lessons.map((lesson) => (
            <li key={lesson.id}>
              <a href={`#${lesson.id}`}>{topicName(lang, lesson.id)}</a>
              {progress.lessons[lesson.id]?.completedAt != null && <span aria-hidden="true"> ✓</span>}
            </li>
          ))}
        </ul>
      </nav>
      <ol class="lesson-list">
        {lessons.map((lesson) => (
          <LessonCard
            key={lesson.id}
            lang={lang}
            lesson={lesson}
            done={progress.lessons[lesson.id]?.completedAt != null}
            actions={actions}
          />
        ))}
      </ol>
    </main>
  );
}
