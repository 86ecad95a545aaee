/**
 * English strings of issue #5: the guardian lock, "set by your school" and the weekly summary.
 * Merged into `en.ts`; `guardian.ur.ts` has every key. The summary is read by the young person and by
 * adults alike, so it talks to both without talking down to either.
 */
export const guardianEn = {
  'guardian.heading': 'Guardian lock',
  'guardian.intro':
    'A parent or teacher can set a PIN so that settings, pausing and how posts are shown can only be changed by someone who knows it. The young person using this browser still sees everything Basirat shows, including the weekly summary.',
  'guardian.statusOff': 'No PIN is set. Anyone using this browser can change the settings.',
  'guardian.statusLocked': 'Locked. Enter the PIN to change settings.',
  'guardian.statusUnlocked': 'Unlocked until {time}. It locks again by itself.',
  'guardian.statusPolicy': 'Settings are managed by your school or organisation and cannot be changed on this browser.',
  'guardian.pin': 'PIN',
  'guardian.newPin': 'New PIN (4 to 64 characters)',
  'guardian.confirmPin': 'Type the new PIN again',
  'guardian.pinHelp': 'Six or more characters are much harder to guess than four digits.',
  'guardian.set': 'Set PIN',
  'guardian.change': 'Change PIN',
  'guardian.remove': 'Remove PIN',
  'guardian.lockNow': 'Lock now',
  'guardian.unlock': 'Unlock',
  'guardian.unlockPrompt': 'Enter the guardian PIN to change settings.',
  'guardian.mismatch': 'The two PINs are not the same.',
  'guardian.tooShort': 'The PIN must be 4 to 64 characters.',
  'guardian.wrong': 'That PIN is not right.',
  'guardian.wait': 'Too many wrong tries. You can try again in {seconds} seconds.',
  'guardian.attempts': 'Wrong tries so far: {count}.',
  'guardian.saved': 'The PIN is set. Settings are locked now.',
  'guardian.removed': 'The PIN was removed. Anyone can change the settings again.',
  'guardian.locked': 'Locked.',
  'guardian.failed': 'That did not work: {reason}',
  'guardian.forgot': 'Forgot the PIN?',
  'guardian.forgotHelp':
    'There is no secret way around the PIN, on purpose. To start again, remove Basirat from the browser and install it again: this deletes the PIN together with all settings and local data. If your school or organisation installed Basirat, its settings are managed there: please ask them.',

  'policy.badge': 'Set by your school',
  'policy.badgeHelp': 'Your school or organisation decides this setting, so it cannot be changed here.',
  'policy.rejected': 'Some settings from your school could not be used ({count}). Please let them know.',

  'summary.title': 'Your week with Basirat',
  'summary.same':
    'This page is the same for you and for any parent or teacher who opens it. Nothing on it is hidden from you.',
  'summary.countsOnly': 'It shows counts only: never what a post said, which page it was on, or who posted it.',
  'summary.period': '{from} to {to}',
  'summary.totals': 'Basirat looked at {scored} posts and added a note to {flagged} of them.',
  'summary.nothing': 'Basirat did not note any post this week.',
  'summary.chart': 'Posts per day',
  'summary.scored': 'Looked at',
  'summary.flagged': 'Noted',
  'summary.dayRow': '{day}: looked at {scored}, noted {flagged}',
  'summary.techniques': 'Tricks Basirat noticed',
  'summary.harms': 'Kinds of harm',
  'summary.sites': 'Where',
  'summary.count': '{count} times',
  'summary.noneYet': 'None this week.',
  'summary.parents': 'For parents: starting a conversation',
  'summary.parentsNote':
    'Listen more than you talk. A note on a post says something about the post, not about your child, and seeing such posts is not their fault.',
  'summary.parents.1': 'Have you seen posts lately that tried to make you angry or scared? What did you do?',
  'summary.parents.2': 'Which trick from this week would you explain to a younger cousin, and how?',
  'summary.parents.3': 'When someone online says “us against them”, who do they leave out?',
  'summary.parents.4': 'Who would you talk to if a post or a person online worried you?',
  'summary.parents.5': 'Has Basirat ever been wrong about a post? What made you think so?',
  'summary.teachers': 'For teachers: a lesson idea',
  'summary.teachersTop':
    'Spend twenty minutes on “{technique}”, the trick noticed most this week: show the invented example from the lessons page, let the class find the trick, then ask what the other side of the story could be.',
  'summary.teachersAny':
    'Pick one trick from the lessons page: show its invented example, let the class find the trick, then ask what the other side of the story could be.',
  'summary.teachersCollect':
    'To see a class picture, students can save the summary file below and hand it in if they agree. The file holds counts only.',
  'summary.openLessons': 'Open the lessons',
  'summary.save': 'Save this summary',
  'summary.saveHelp': 'A file with the counts above and nothing else, for a teacher to collect.',
  'summary.saveAs': 'Save as {format}',
  'summary.feedback': 'Your feedback',
  'summary.feedbackHelp':
    'When you pressed “Not propaganda?” on a note, Basirat kept the text of that post on this device. You can save it as a file and, only if you want to, share it to help improve Basirat. The file contains the text of those posts.',
  'summary.feedbackSave': 'Save my feedback ({count})',
  'summary.feedbackNone': 'You have not given any feedback yet.',
  'summary.open': 'Open the weekly summary',
  'summary.openHelp': 'Counts only, the same page for everyone who uses this browser.',
  'summary.off': 'Your school or organisation turned the weekly summary off on this browser.',
} as const;
