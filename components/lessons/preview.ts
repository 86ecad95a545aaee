/** Mock data for the lessons page: feeds the unit tests and any preview of the component. */
import { LESSONS } from '../../utils/lessons/content.ts';
import { emptyProgress, recordAnswers } from '../../utils/lessons/progress.ts';
import type { LessonsData } from './Lessons.tsx';

export function previewLessonsData(overrides: Partial<LessonsData> = {}): LessonsData {
  return {
    lang: 'en',
    status: 'ready',
    error: null,
    lessons: LESSONS,
    // One lesson done, one attempted.
    progress: recordAnswers(
      recordAnswers(emptyProgress(), 'us_vs_them_flag_waving', [true, true, true], Date.UTC(2026, 10, 20)),
      'slogans_cliches_repetition',
      [true, false, true],
      Date.UTC(2026, 10, 21),
    ),
    ...overrides,
  };
}
