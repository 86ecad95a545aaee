/**
 * English strings for everything Basirat shows on a page. Written for 13–18 year olds: plain words,
 * no blame, no alarm. This table defines the keys; `ur.ts` must have every one of them.
 */
import { pagesEn } from './pages.en.ts';
import { guardianEn } from './guardian.en.ts';

export const en = {
  'label.aria': 'Basirat note about this post',
  'label.title': 'Basirat took a closer look',
  'label.summary': 'This post {findings}.',
  'label.summaryGeneric': 'This post may be trying to push your feelings in one direction.',
  'label.evidence': 'Words that stood out:',
  'label.quote': '“{text}”',
  'label.sure.high': 'Basirat is quite sure about this.',
  'label.sure.medium': 'Basirat is fairly sure about this.',
  'label.sure.low': 'Basirat is not very sure, so trust your own judgement too.',
  'label.why': 'Why?',
  'label.whyHeading': 'What Basirat noticed',
  'label.whyFooter':
    'Spotting these tricks does not mean the writer is a bad person, or that you did anything wrong. It just helps you make up your own mind.',
  'label.help': 'Help & other side of the story',
  'label.newTab': '(opens in a new tab)',
  'label.reveal': 'Show post',
  'label.rehide': 'Blur it again',
  'label.blurred': 'Basirat blurred this post. You can still read it if you want to.',
  'label.feedback': 'Not propaganda?',
  'label.feedbackSending': 'Sending…',
  'label.feedbackThanks': 'Thanks for telling us! Your feedback helps Basirat get better.',
  'label.feedbackFailed': 'That did not send. Please try again in a moment.',

  'list.comma': ', ',
  'list.and': ' and ',

  'harm.extremist_propaganda.name': 'Extremist propaganda',
  'harm.extremist_propaganda.phrase': 'promotes an extremist group or its ideas',
  'harm.extremist_propaganda.explain':
    'The post praises, or tries to recruit for, a group that uses violence or wants to take away other people’s rights. Groups like this often look for young people online.',
  'harm.hate_dehumanization.name': 'Hate and dehumanization',
  'harm.hate_dehumanization.phrase': 'talks about a group of people as if they were less than human',
  'harm.hate_dehumanization.explain':
    'Calling people animals, a disease or dirt makes hurting them seem okay. Everyone deserves to be seen as a person.',
  'harm.violent_threat_incitement.name': 'Threats and calls to violence',
  'harm.violent_threat_incitement.phrase': 'glorifies or calls for violence',
  'harm.violent_threat_incitement.explain':
    'The post threatens someone, makes violence look heroic, or urges people to attack. Violence hurts real people, and you never have to agree with it or share it.',
  'harm.offensive_abusive.name': 'Insulting language',
  'harm.offensive_abusive.phrase': 'uses insulting or abusive words',
  'harm.offensive_abusive.explain': 'The post uses insults or abusive words. It is fine to scroll past, mute or block.',

  'technique.loaded_language_name_calling.name': 'Loaded words and name-calling',
  'technique.loaded_language_name_calling.phrase': 'uses loaded words and name-calling',
  'technique.loaded_language_name_calling.explain':
    'Strong, emotional words or insulting labels are used so you feel something before you think. Ask yourself: what is the actual claim once the labels are gone?',
  'technique.appeal_to_fear_exaggeration.name': 'Fear and exaggeration',
  'technique.appeal_to_fear_exaggeration.phrase': 'tries to scare you or blows things out of proportion',
  'technique.appeal_to_fear_exaggeration.explain':
    'A danger is made to look bigger or closer than it really is, so you react fast. Scared people are easier to push around, so take a breath and check the facts.',
  'technique.us_vs_them_flag_waving.name': 'Us vs. them',
  'technique.us_vs_them_flag_waving.phrase': 'uses us-vs-them language',
  'technique.us_vs_them_flag_waving.explain':
    'People are split into a good “us” and a bad “them”, often by playing on pride in a religion, nation or group. Real people and groups are much more mixed than that.',
  'technique.black_white_oversimplification.name': 'Black-and-white thinking',
  'technique.black_white_oversimplification.phrase': 'makes a complicated issue look black and white',
  'technique.black_white_oversimplification.explain':
    'A hard problem is shown as if it had only two choices or one simple cause. Most real problems have many causes and more than two answers.',
  'technique.doubt_conspiracy_distraction.name': 'Doubt, conspiracy and distraction',
  'technique.doubt_conspiracy_distraction.phrase': 'spreads doubt or a conspiracy story',
  'technique.doubt_conspiracy_distraction.explain':
    'The post tries to make you distrust everyone else, hints at a secret plot, or changes the subject instead of answering. Look at what evidence is actually shown.',
  'technique.slogans_cliches_repetition.name': 'Slogans and repetition',
  'technique.slogans_cliches_repetition.phrase': 'repeats slogans instead of giving reasons',
  'technique.slogans_cliches_repetition.explain':
    'Catchy slogans and lines said again and again stick in your head, but they do not prove anything. Repeating an idea makes it feel true without showing that it is.',

  // Issue #4: popup, options, lessons and help pages.
  ...pagesEn,
  // Issue #5: guardian lock, "set by your school", weekly summary.
  ...guardianEn,
} as const;

export type MessageKey = keyof typeof en;
