/**
 * Lesson progress, kept only in this browser's storage: per lesson, which quiz questions were last
 * answered correctly and when the lesson was first completed. Corrupt entries read as "not started".
 */
import { TOPIC_IDS } from '../resources/schema.ts';

export const QUESTIONS_PER_LESSON = 3;
export const PROGRESS_KEY = 'lessonProgress';

export interface LessonProgressEntry {
  correct: boolean[];
  completedAt: number | null;
}

export interface LessonProgress {
  version: 1;
  lessons: Record<string, LessonProgressEntry>;
}

export function emptyProgress(): LessonProgress {
  return { version: 1, lessons: {} };
}

export function isLessonId(value: unknown): value is string {
  return typeof value === 'string' && (TOPIC_IDS as readonly string[]).includes(value);
}

function readEntry(value: unknown): LessonProgressEntry | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { correct, completedAt } = value as Record<string, unknown>;
  if (!Array.isArray(correct)) return undefined;
  return {
    correct: Array.from({ length: QUESTIONS_PER_LESSON }, (_, i) => correct[i] === true),
    completedAt: typeof completedAt === 'number' && Number.isFinite(completedAt) ? completedAt : null,
  };
}

export function migrateProgress(stored: unknown): LessonProgress {
  const progress = emptyProgress();
  if (typeof stored !== 'object' || stored === null) return progress;
  const lessons = (stored as Record<string, unknown>).lessons;
  if (typeof lessons !== 'object' || lessons === null) return progress;
  for (const [id, value] of Object.entries(lessons)) {
    const entry = readEntry(value);
    if (isLessonId(id) && entry) progress.lessons[id] = entry;
  }
  return progress;
}

/** Records a quiz attempt; the first time all answers are right, the lesson counts as completed. */
export function recordAnswers(
  progress: LessonProgress,
  lessonId: string,
  correct: readonly boolean[],
  now: number,
): LessonProgress {
  const previous = progress.lessons[lessonId];
  const answers = Array.from({ length: QUESTIONS_PER_LESSON }, (_, i) => correct[i] === true);
  const done = answers.every(Boolean);
  return {
    version: 1,
    lessons: {
      ...progress.lessons,
      [lessonId]: { correct: answers, completedAt: previous?.completedAt ?? (done ? now : null) },
    },
  };
}

export function completedCount(progress: LessonProgress): number {
  return Object.values(progress.lessons).filter((entry) => entry.completedAt !== null).length;
}
