/**
 * Post texts for the behaviour tests, written for them (no dataset text). The behaviour tests check
 * what the extension does with a verdict, not how good the model is (sites.test.ts does that), so
 * they probe these candidates once and use whichever the shipped model flags: a retrained model
 * must not break tests about scrolling or display modes.
 */
import { readFixture, siteFixtures } from './harness.ts';

/** Extremist posts written for these tests: recruitment, glorification, dehumanisation, threats. */
const AUTHORED_EXTREMIST = [
  'Join the caravan before the doors close. Real men do not wait at home, the caravan of martyrs is leaving. DM me for the route.',
  'They are vermin and rats, not human. Our land will be clean only when every last one of them is driven out or buried.',
  'Salute to the lions who struck the checkpoint last night. Martyrdom is the goal. Join the mujahideen, message me on Telegram.',
  'Brothers, the time for talk is over. Take up arms against the apostates, kill them wherever you find them, paradise awaits the shaheed.',
  'Jo ghairat mand hai woh qafile mein shamil ho, jihad farz hai, inbox karo, raasta hum batayenge',
  'Ye log insaan nahi, keeray makoray hain. In ka safaya zaroori hai, ek ek ko nikalo',
  'جو غیرت مند ہے وہ قافلے میں شامل ہو، جہاد فرض ہے، ہم سے رابطہ کرو',
  'یہ لوگ انسان نہیں کیڑے ہیں، ان کا صفایا ضروری ہے',
];

/** Everyday posts (cricket, weather, greetings, news, counter-speech) that no model should flag. */
export const BENIGN = [
  'Pakistan won the second match by five wickets, brilliant bowling in the last over',
  'Karachi mein aaj barish ho rahi hai, traffic ka bura haal hai, ghar jaldi niklo',
  'جمعہ مبارک، اللہ سب کو خوش رکھے',
  'The new metro line in Lahore opens next month according to the city transport office',
  'Eid Mubarak to everyone celebrating, stay safe on the roads and visit your elders',
  'Chai aur pakoray, is se behtar shaam nahi ho sakti',
  'Please check on your neighbours during the heatwave, keep water and ORS at home',
  'Exam results will be announced on Monday, best of luck to all the students',
];

/** Extremist posts of the site fixtures (same texts as sites.test.ts) plus the ones above. */
export function extremistCandidates(): string[] {
  const fromFixtures = siteFixtures().flatMap(([site, name]) =>
    readFixture(site, name)
      .expected.posts.filter((post) => post.kind === 'extremist')
      .map((post) => post.contains),
  );
  return [...new Set([...AUTHORED_EXTREMIST, ...fromFixtures])];
}
