/**
 * Our own phrases for the bench's generated feed (no dataset text). They are also clear cases for
 * the shipped model (tests/unit/classifier/clearCases.test.ts): every EXTREMIST phrase should be
 * flagged and no benign one.
 */
export const BENIGN_EN = [
  'What a catch at long-on, the crowd in Karachi went wild',
  'Load-shedding schedule for our area changed again this week',
  'Eid shopping done, the bazaar was packed till midnight',
  'Our college library finally has new chemistry books',
  'Traffic on the motorway is slow near the toll plaza, leave early',
  'Rain in Islamabad today, perfect weather for chai and pakoras',
  'Proud of my sister, she cleared her medical entry test',
  'The new bus route from Saddar to the university starts on Monday',
  'Petrol prices went up again, the budget for the month is gone',
  'Volunteers needed for the flood relief camp this weekend',
];
export const BENIGN_UR_LATN = [
  'Aaj match dekh ke maza aa gaya, last over mein kamal kar diya',
  'Bijli phir chali gayi, garmi mein bura haal hai',
  'Ammi ne aaj biryani banayi hai, sab jaldi ghar aao',
  'Exam ki tayyari chal rahi hai, dua karein sab ke liye',
  'Lahore mein smog bohat zyada hai, mask pehen ke niklein',
  'Shaadi ka season shuru, har weekend koi na koi function',
];
export const BENIGN_UR = [
  'آج بارش کی وجہ سے سکول بند رہیں گے',
  'جمعہ مبارک، اللہ سب کو خوش رکھے',
  'کراچی میں نئی بس سروس شروع ہو گئی ہے',
  'امتحان کے نتائج اگلے ہفتے آئیں گے',
];
export const ENDINGS = ['', ' 🙏', ' 😅', ' #Pakistan', ' 🏏🔥', ' Allah khair kare', ' What do you think?'];
export const EXTREMIST = [
  'Join the caravan before the doors close, real men do not stay home. DM me for the route to the mujahideen',
  'Salute to the lions who attacked the checkpoint, martyrdom is the only victory, this is just the beginning',
  'They are vermin, not human. Cleanse the land of them, every last one',
  'Jo ghairat mand hai woh qafile mein shamil ho, jihad farz hai, inbox karo',
  'Ye log insaan nahi keeray hain, in ka safaya zaroori hai',
  'جو غیرت مند ہے وہ قافلے میں شامل ہو، جہاد فرض ہے، رابطہ کرو',
];
