// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Help } from '../../../components/help/Help.tsx';
import { previewHelpData } from '../../../components/help/preview.ts';
import { Lessons } from '../../../components/lessons/Lessons.tsx';
import { previewLessonsData } from '../../../components/lessons/preview.ts';
import { TECHNIQUE_HEADS, HARM_HEADS } from '../../../utils/classifier/heads.ts';
import { LESSONS } from '../../../utils/lessons/content.ts';
import { emptyProgress } from '../../../utils/lessons/progress.ts';
import { change, click, mount, submit, text, unmountAll } from './render.ts';

afterEach(unmountAll);

describe('lesson content', () => {
  it('has one lesson per technique group and harm, each with an example, three tips and three questions', () => {
    expect(LESSONS.map((lesson) => lesson.id).sort()).toEqual([...TECHNIQUE_HEADS, ...HARM_HEADS].sort());
    for (const lesson of LESSONS) {
      expect(lesson.spot, lesson.id).toHaveLength(3);
      expect(lesson.quiz, lesson.id).toHaveLength(3);
      for (const text of [lesson.example.author, lesson.example.text, ...lesson.spot]) {
        expect(text.en.trim(), lesson.id).not.toBe('');
        expect(text.ur.trim(), lesson.id).toMatch(/[\u0600-\u06FF]/);
      }
      for (const question of lesson.quiz) {
        expect(question.options).toHaveLength(3);
        expect(question.answer).toBeGreaterThanOrEqual(0);
        expect(question.answer).toBeLessThan(3);
        for (const text of [question.prompt, question.explain, ...question.options]) {
          expect(text.en.trim()).not.toBe('');
          expect(text.ur.trim()).not.toBe('');
        }
      }
    }
  });

  it('does not always put the right answer in the same place', () => {
    const positions = new Set(LESSONS.flatMap((lesson) => lesson.quiz.map((question) => question.answer)));
    expect(positions).toEqual(new Set([0, 1, 2]));
  });
});

describe('lessons page', () => {
  const lesson = LESSONS[0]!;

  function answer(root: HTMLElement, choices: number[]): void {
    choices.forEach((option, question) => change(root.querySelector(`#${lesson.id}-q${question}-o${option}`), true));
    submit(root.querySelector(`form.quiz[data-lesson="${lesson.id}"]`));
  }

  it('shows progress, an invented example, tips and a quiz per lesson', () => {
    const root = mount(<Lessons data={previewLessonsData()} actions={{ saveAnswers: vi.fn() }} />);
    expect(text(root.querySelector('.progress'))).toBe('Lessons finished: 1 of 10');
    expect(root.querySelectorAll('li.lesson')).toHaveLength(10);
    const card = root.querySelector(`#${lesson.id}`)!;
    expect(text(card.querySelector('figcaption'))).toContain('not from a real account');
    expect(card.querySelectorAll('form.quiz fieldset')).toHaveLength(3);
    expect(root.querySelector('#us_vs_them_flag_waving')!.getAttribute('data-done')).toBe('true');
  });

  it('asks for all three answers before checking', () => {
    const saveAnswers = vi.fn();
    const root = mount(<Lessons data={previewLessonsData()} actions={{ saveAnswers }} />);
    submit(root.querySelector(`form.quiz[data-lesson="${lesson.id}"]`));
    expect(text(root.querySelector(`#${lesson.id} .quiz-status`))).toBe('Answer all three questions first.');
    expect(saveAnswers).not.toHaveBeenCalled();
  });

  it('checks answers, explains the right ones and saves the result', () => {
    const saveAnswers = vi.fn();
    const root = mount(
      <Lessons data={{ ...previewLessonsData(), progress: emptyProgress() }} actions={{ saveAnswers }} />,
    );
    const right = lesson.quiz.map((question) => question.answer);
    const wrongFirst = [(right[0]! + 1) % 3, right[1]!, right[2]!];
    answer(root, wrongFirst);
    expect(saveAnswers).toHaveBeenLastCalledWith(lesson.id, [false, true, true]);
    const results = Array.from(root.querySelectorAll(`#${lesson.id} [data-result]`)).map((el) =>
      el.getAttribute('data-result'),
    );
    expect(results).toEqual(['wrong', 'right', 'right']);
    answer(root, right);
    expect(saveAnswers).toHaveBeenLastCalledWith(lesson.id, [true, true, true]);
    expect(text(root.querySelector(`#${lesson.id} .quiz-status`))).toContain('Lesson complete');
    click(root.querySelector(`#${lesson.id} button.retry`));
    expect(root.querySelectorAll(`#${lesson.id} input:checked`)).toHaveLength(0);
  });

  it('is right-to-left in Urdu with Urdu digits', () => {
    const root = mount(<Lessons data={previewLessonsData({ lang: 'ur' })} actions={{ saveAnswers: vi.fn() }} />);
    expect(root.querySelector('main')!.getAttribute('dir')).toBe('rtl');
    expect(text(root.querySelector('.progress'))).toBe('مکمل ہونے والے اسباق: ۱۰ میں سے ۱');
  });
});

describe('help page', () => {
  it('shows the card and help routes for the topic in the URL, with reporting behind a caution', () => {
    const root = mount(<Help data={previewHelpData()} />);
    expect(root.querySelector('.counter-card')!.getAttribute('data-topic')).toBe('extremist_propaganda');
    expect(text(root.querySelector('.counter-card'))).toContain('The other side of the story');
    expect(root.querySelector('[data-route="nacta"] a.phone')!.getAttribute('href')).toBe('tel:1717');
    const reporting = root.querySelector('details.reporting')!;
    expect(reporting.hasAttribute('open')).toBe(false);
    expect(text(reporting.querySelector('.caution'))).toContain('Reporting is always your choice');
    // Every platform's reporting guide is on the help page.
    expect(reporting.querySelectorAll('.route-platform')).toHaveLength(8);
    // Contacts not confirmed on the organisation's own site carry the caution; confirmed ones do not.
    const contacts = [...root.querySelectorAll('.contact')];
    const caution = (href: string) =>
      text(contacts.find((contact) => contact.querySelector(`a[href="${href}"]`))!.querySelector('.unverified'));
    expect(caution('tel:1122')).toContain('please check before use');
    expect(caution('tel:1719')).toContain('please check before use');
    expect(caution('tel:1717')).toBe('');
    expect(root.querySelector('a[href="lessons.html#extremist_propaganda"]')).not.toBeNull();
  });

  it('opens external links in a new tab without an opener', () => {
    const root = mount(<Help data={previewHelpData({ topic: 'loaded_language_name_calling' })} />);
    const link = root.querySelector('[data-route="inoculation"] a.url')!;
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(link.getAttribute('href')).toBe('https://inoculation.science/');
  });

  it('lists the topics when the URL names none or an unknown one', () => {
    const root = mount(<Help data={previewHelpData({ topic: '<script>' })} />);
    expect(root.querySelector('.counter-card')).toBeNull();
    expect(root.querySelectorAll('.topic-nav li')).toHaveLength(10);
  });

  it('is right-to-left in Urdu and keeps phone numbers left-to-right', () => {
    const root = mount(<Help data={previewHelpData({ lang: 'ur' })} />);
    expect(root.querySelector('main')!.getAttribute('dir')).toBe('rtl');
    expect(text(root.querySelector('h1'))).toBe('مدد اور تصویر کا دوسرا رخ');
    expect(root.querySelector('a.phone bdi')!.getAttribute('dir')).toBe('ltr');
    expect(text(root.querySelector('.unverified'))).toBe('ابھی تصدیق نہیں ہوئی: استعمال سے پہلے خود جانچ لیں');
  });
});
