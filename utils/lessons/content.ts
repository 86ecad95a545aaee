/**
 * Prebunking lessons (issue #4): one per technique group and harm category, for 13–18 year olds.
 * Each has an invented example post (no real account, no dataset text), three tips to spot the
 * trick, and a three-question quiz. Written by the Basirat team in English and Urdu.
 */
import type { LocalText, TopicId } from '../resources/schema.ts';

export interface QuizQuestion {
  prompt: LocalText;
  options: LocalText[];
  /** Index of the right option. */
  answer: number;
  /** Shown after checking: why the right answer is right. */
  explain: LocalText;
}

export interface Lesson {
  id: TopicId;
  kind: 'technique' | 'harm';
  example: { author: LocalText; text: LocalText };
  spot: LocalText[];
  quiz: QuizQuestion[];
}

const L = (en: string, ur: string): LocalText => ({ en, ur });

/** Techniques first (the tricks), then the harms; the last question of each is "what now?". */
export const LESSONS: readonly Lesson[] = [
  {
    id: 'loaded_language_name_calling',
    kind: 'technique',
    example: {
      author: L('@RealPatriotVoice', '@اصلی_محب_وطن'),
      text: L(
        'These spineless traitors sold our future for crumbs while true heroes like us suffer. Only cowards stay silent!',
        'ان بے غیرت غداروں نے چند ٹکڑوں کے عوض ہمارا مستقبل بیچ دیا جبکہ ہم جیسے سچے ہیرو تکلیف سہتے ہیں۔ صرف بزدل ہی خاموش رہتے ہیں!',
      ),
    },
    spot: [
      L(
        'Look for labels that judge people (traitor, coward, hero) instead of facts about what happened.',
        'ایسے القاب پر نظر رکھیں جو لوگوں پر فیصلہ سناتے ہیں (غدار، بزدل، ہیرو) بجائے اس کے کہ بتائیں اصل میں ہوا کیا۔',
      ),
      L(
        'Notice how you feel after reading it: angry or proud in one second is a sign the words are doing the work.',
        'پڑھنے کے بعد اپنی کیفیت پر غور کریں: ایک ہی لمحے میں غصہ یا فخر اس بات کی نشانی ہے کہ سارا کام الفاظ کر رہے ہیں۔',
      ),
      L(
        'Rewrite it in plain words. If almost nothing is left, there was no argument.',
        'اسے سادہ الفاظ میں دوبارہ لکھیں۔ اگر تقریباً کچھ نہ بچے تو اس میں کوئی دلیل تھی ہی نہیں۔',
      ),
    ],
    quiz: [
      {
        prompt: L('Which part of the example is loaded language?', 'مثال کا کون سا حصہ بھڑکانے والی زبان ہے؟'),
        options: [
          L('"spineless traitors" and "cowards"', '’بے غیرت غداروں‘ اور ’بزدل‘'),
          L('"our future"', '’ہمارا مستقبل‘'),
          L('"stay silent"', '’خاموش رہتے ہیں‘'),
        ],
        answer: 0,
        explain: L(
          'Those words judge people without saying what they actually did.',
          'یہ الفاظ بتائے بغیر لوگوں پر فیصلہ سناتے ہیں کہ انہوں نے اصل میں کیا کیا۔',
        ),
      },
      {
        prompt: L(
          'What is the best question to ask about this post?',
          'اس پوسٹ کے بارے میں سب سے اچھا سوال کون سا ہے؟',
        ),
        options: [
          L('How many likes does it have?', 'اس پر کتنے لائکس ہیں؟'),
          L('What exactly did these people do, and how do I know?', 'ان لوگوں نے اصل میں کیا کیا، اور مجھے کیسے پتا؟'),
          L('Am I a coward if I do not share it?', 'اگر میں اسے شیئر نہ کروں تو کیا میں بزدل ہوں؟'),
        ],
        answer: 1,
        explain: L(
          'Asking for the actual facts takes the power away from the labels. Likes do not make a claim true.',
          'اصل حقائق پوچھنے سے القاب کا زور ختم ہو جاتا ہے۔ لائکس کسی دعوے کو سچ نہیں بناتے۔',
        ),
      },
      {
        prompt: L(
          'The post calls you a coward if you stay silent. What is that?',
          'پوسٹ کہتی ہے کہ خاموش رہے تو آپ بزدل ہیں۔ یہ کیا ہے؟',
        ),
        options: [
          L('A fair point', 'ایک جائز بات'),
          L('A fact about you', 'آپ کے بارے میں ایک حقیقت'),
          L('Pressure, so you react without thinking', 'دباؤ، تاکہ آپ سوچے بغیر ردعمل دیں'),
        ],
        answer: 2,
        explain: L(
          'Name-calling aimed at the reader is a push to act fast. Taking time to think is not cowardice.',
          'پڑھنے والے کو برا لقب دینا اسے جلدی میں کچھ کرنے پر دھکیلنا ہے۔ سوچنے کے لیے وقت لینا بزدلی نہیں۔',
        ),
      },
    ],
  },
  {
    id: 'appeal_to_fear_exaggeration',
    kind: 'technique',
    example: {
      author: L('@WakeUpNow_PK', '@ابھی_جاگو'),
      text: L(
        'URGENT!!! If you do not act TONIGHT your family will not be safe tomorrow. They are coming for all of us. Share before it gets deleted!',
        'فوری!!! اگر آپ نے آج رات کچھ نہ کیا تو کل آپ کا خاندان محفوظ نہیں ہوگا۔ وہ ہم سب کے پیچھے آ رہے ہیں۔ ڈیلیٹ ہونے سے پہلے شیئر کریں!',
      ),
    },
    spot: [
      L(
        'Watch for a countdown: tonight, now, before it is deleted. Real warnings give you time to check.',
        'الٹی گنتی پر نظر رکھیں: آج رات، ابھی، ڈیلیٹ ہونے سے پہلے۔ اصل تنبیہات آپ کو جانچنے کا وقت دیتی ہیں۔',
      ),
      L(
        'Ask who "they" are. A threat with no names, places or sources cannot be checked.',
        'پوچھیں کہ ’وہ‘ کون ہیں۔ جس خطرے میں نہ نام ہوں، نہ جگہ، نہ ذریعہ، اسے جانچا ہی نہیں جا سکتا۔',
      ),
      L(
        'Look for the same news from two sources that do not copy each other.',
        'یہی خبر دو ایسے ذرائع میں تلاش کریں جو ایک دوسرے کی نقل نہ کرتے ہوں۔',
      ),
    ],
    quiz: [
      {
        prompt: L(
          'What is the post trying to make you feel first?',
          'یہ پوسٹ سب سے پہلے آپ کو کیا محسوس کرانا چاہتی ہے؟',
        ),
        options: [L('Calm', 'سکون'), L('Curious', 'تجسس'), L('Scared and rushed', 'ڈر اور جلدی')],
        answer: 2,
        explain: L(
          'Capital letters, "urgent" and "tonight" are there to scare you into acting before you check.',
          'بڑے حروف، ’فوری‘ اور ’آج رات‘ اس لیے ہیں کہ آپ ڈر کر جانچنے سے پہلے کچھ کر بیٹھیں۔',
        ),
      },
      {
        prompt: L('What is missing from the post?', 'پوسٹ میں کیا غائب ہے؟'),
        options: [
          L('Who, where and how anyone knows', 'کون، کہاں، اور کسی کو یہ کیسے معلوم ہے'),
          L('Exclamation marks', 'فجائیہ نشانات'),
          L('A request to share', 'شیئر کرنے کی درخواست'),
        ],
        answer: 0,
        explain: L(
          'Without names, places or sources, nobody can check the danger. That is usually on purpose.',
          'نام، جگہ یا ذریعے کے بغیر کوئی بھی اس خطرے کو جانچ نہیں سکتا۔ عموماً ایسا جان بوجھ کر کیا جاتا ہے۔',
        ),
      },
      {
        prompt: L('What is a good next step?', 'اگلا اچھا قدم کیا ہے؟'),
        options: [
          L('Share it quickly, just in case', 'احتیاطاً جلدی سے شیئر کر دیں'),
          L('Pause, check trusted news, or ask an adult', 'رکیں، قابلِ بھروسہ خبریں دیکھیں، یا کسی بڑے سے پوچھیں'),
          L('Message the account for details', 'تفصیل کے لیے اکاؤنٹ کو میسج کریں'),
        ],
        answer: 1,
        explain: L(
          'Pausing breaks the rush the post is built on. Messaging the account can pull you into its circle.',
          'رکنے سے وہ جلدی ٹوٹ جاتی ہے جس پر یہ پوسٹ ٹکی ہے۔ اکاؤنٹ کو میسج کرنا آپ کو اس کے حلقے میں کھینچ سکتا ہے۔',
        ),
      },
    ],
  },
  {
    id: 'us_vs_them_flag_waving',
    kind: 'technique',
    example: {
      author: L('@TrueSonsOfTheSoil', '@مٹی_کے_سچے_بیٹے'),
      text: L(
        'We are the true sons of this land. They will never be one of us, whatever they say. A real believer knows which side he is on. 🇵🇰',
        'ہم اس سرزمین کے سچے بیٹے ہیں۔ وہ کچھ بھی کہیں، کبھی ہم میں سے نہیں ہو سکتے۔ سچا مومن جانتا ہے کہ وہ کس طرف ہے۔ 🇵🇰',
      ),
    },
    spot: [
      L(
        'Count the "we" and "they". When a post is mostly about who belongs, ask why it needs an enemy.',
        '’ہم‘ اور ’وہ‘ گنیں۔ جب پوسٹ زیادہ تر اسی بارے میں ہو کہ کون اپنا ہے، تو پوچھیں کہ اسے دشمن کی ضرورت کیوں ہے۔',
      ),
      L(
        'Notice flags, faith or pride being used to decide who is good, instead of what people do.',
        'دیکھیں کہ کہیں جھنڈا، مذہب یا فخر یہ طے کرنے کے لیے تو استعمال نہیں ہو رہا کہ کون اچھا ہے، بجائے اس کے کہ لوگ کرتے کیا ہیں۔',
      ),
      L(
        'Think of one real person from "them" you know. Does the post describe them?',
        '’ان‘ میں سے کسی ایک اصل شخص کو یاد کریں جسے آپ جانتے ہیں۔ کیا پوسٹ اس کی صحیح تصویر دکھاتی ہے؟',
      ),
    ],
    quiz: [
      {
        prompt: L('What does the post do with "us" and "them"?', 'پوسٹ ’ہم‘ اور ’وہ‘ کے ساتھ کیا کرتی ہے؟'),
        options: [
          L('Shows both sides fairly', 'دونوں طرف کو انصاف سے دکھاتی ہے'),
          L('Makes "us" pure and "them" outsiders forever', '’ہم‘ کو پاک اور ’ان‘ کو ہمیشہ کے لیے غیر بنا دیتی ہے'),
          L('Asks a question', 'ایک سوال پوچھتی ہے'),
        ],
        answer: 1,
        explain: L(
          '"They will never be one of us" shuts a whole group out, whatever its people do.',
          '’وہ کبھی ہم میں سے نہیں ہو سکتے‘ ایک پورے گروہ کو باہر کر دیتا ہے، چاہے اس کے لوگ کچھ بھی کریں۔',
        ),
      },
      {
        prompt: L('Why is the flag or faith there?', 'پوسٹ میں جھنڈا یا مذہب کیوں شامل ہے؟'),
        options: [
          L('To give evidence', 'ثبوت دینے کے لیے'),
          L('To decorate the post', 'پوسٹ کو سجانے کے لیے'),
          L('To make agreeing feel like loyalty', 'تاکہ اتفاق کرنا وفاداری محسوس ہو'),
        ],
        answer: 2,
        explain: L(
          'Pride is real and good, but here it is used so that disagreeing feels like betrayal.',
          'فخر اچھی اور سچی چیز ہے، مگر یہاں اسے اس لیے استعمال کیا گیا ہے کہ اختلاف کرنا غداری لگے۔',
        ),
      },
      {
        prompt: L('Which thought is the other side of the story?', 'تصویر کا دوسرا رخ کون سی سوچ ہے؟'),
        options: [
          L('Loving my country does not mean hating anyone', 'اپنے وطن سے محبت کا مطلب کسی سے نفرت نہیں'),
          L('Everyone who disagrees is an enemy', 'ہر اختلاف کرنے والا دشمن ہے'),
          L('Only people like me can be trusted', 'صرف مجھ جیسے لوگوں پر بھروسہ کیا جا سکتا ہے'),
        ],
        answer: 0,
        explain: L(
          'You can belong to many groups at once, and none of them needs an enemy.',
          'آپ ایک ساتھ کئی گروہوں کا حصہ ہو سکتے ہیں، اور ان میں سے کسی کو بھی دشمن کی ضرورت نہیں۔',
        ),
      },
    ],
  },
  {
    id: 'black_white_oversimplification',
    kind: 'technique',
    example: {
      author: L('@NoMiddleGround', '@کوئی_درمیانی_راستہ_نہیں'),
      text: L(
        'There are only two kinds of people: those who fight for the cause and those who betray it. Every problem we have comes from ONE enemy. Which one are you?',
        'لوگ صرف دو طرح کے ہوتے ہیں: جو مقصد کے لیے لڑتے ہیں اور جو اس سے غداری کرتے ہیں۔ ہمارا ہر مسئلہ ایک ہی دشمن کی وجہ سے ہے۔ آپ کون سے ہیں؟',
      ),
    },
    spot: [
      L(
        'Watch for "only two", "either… or" and "every problem".',
        '’صرف دو‘، ’یا تو… یا‘ اور ’ہر مسئلہ‘ جیسے الفاظ پر نظر رکھیں۔',
      ),
      L(
        'List three other causes or choices the post leaves out. It is usually easy.',
        'تین ایسی دوسری وجوہات یا راستے لکھیں جو پوسٹ نے چھوڑ دیے ہیں۔ یہ عموماً آسان ہوتا ہے۔',
      ),
      L(
        'A question like "which one are you?" is a trap when both answers were chosen for you.',
        '’آپ کون سے ہیں؟‘ جیسا سوال تب ایک جال ہوتا ہے جب دونوں جواب پہلے سے آپ کے لیے چن لیے گئے ہوں۔',
      ),
    ],
    quiz: [
      {
        prompt: L('What is wrong with "only two kinds of people"?', '’لوگ صرف دو طرح کے ہوتے ہیں‘ میں کیا غلط ہے؟'),
        options: [
          L('Nothing, it is true', 'کچھ نہیں، یہ سچ ہے'),
          L('It hides all the other options', 'یہ باقی سب راستے چھپا دیتا ہے'),
          L('It is too long', 'یہ بہت لمبا ہے'),
        ],
        answer: 1,
        explain: L(
          'Most people are neither fighters nor traitors. They study, work, care for family and disagree peacefully.',
          'زیادہ تر لوگ نہ لڑاکے ہوتے ہیں نہ غدار۔ وہ پڑھتے ہیں، کام کرتے ہیں، گھر والوں کا خیال رکھتے ہیں اور پُرامن طریقے سے اختلاف کرتے ہیں۔',
        ),
      },
      {
        prompt: L(
          '"Every problem comes from ONE enemy" is an example of…',
          '’ہر مسئلہ ایک ہی دشمن کی وجہ سے ہے‘ کس چیز کی مثال ہے؟',
        ),
        options: [
          L('Careful research', 'محتاط تحقیق'),
          L('A fair summary', 'ایک منصفانہ خلاصہ'),
          L('Blaming one cause for a complicated problem', 'ایک پیچیدہ مسئلے کا سارا الزام ایک ہی وجہ پر ڈالنے'),
        ],
        answer: 2,
        explain: L(
          'Real problems like unemployment or injustice have many causes. One enemy is simpler, not truer.',
          'بے روزگاری یا ناانصافی جیسے اصل مسئلوں کی کئی وجوہات ہوتی ہیں۔ ایک دشمن والی بات آسان ضرور ہے، سچی نہیں۔',
        ),
      },
      {
        prompt: L('How can you answer "which one are you?"', '’آپ کون سے ہیں؟‘ کا جواب کیسے دیا جا سکتا ہے؟'),
        options: [
          L('"Neither. It is more complicated than that."', '’دونوں میں سے کوئی نہیں۔ معاملہ اس سے زیادہ پیچیدہ ہے۔‘'),
          L('Pick a side quickly', 'جلدی سے کوئی ایک طرف چن لیں'),
          L('Share it to ask your friends', 'دوستوں سے پوچھنے کے لیے اسے شیئر کر دیں'),
        ],
        answer: 0,
        explain: L(
          'You do not have to accept a choice someone else built. Saying "it is complicated" is honest.',
          'آپ کے لیے ضروری نہیں کہ کسی اور کا بنایا ہوا انتخاب قبول کریں۔ ’یہ پیچیدہ ہے‘ کہنا دیانت داری ہے۔',
        ),
      },
    ],
  },
  {
    id: 'doubt_conspiracy_distraction',
    kind: 'technique',
    example: {
      author: L('@HiddenTruthChannel', '@چھپا_ہوا_سچ'),
      text: L(
        'Why does no news channel talk about this? Because THEY control everything. Your teachers and parents are part of it too. Trust no one. Only we tell you the truth.',
        'کوئی نیوز چینل اس بارے میں بات کیوں نہیں کرتا؟ کیونکہ سب کچھ ’ان‘ کے قبضے میں ہے۔ آپ کے استاد اور ماں باپ بھی اسی کا حصہ ہیں۔ کسی پر بھروسہ نہ کریں۔ صرف ہم آپ کو سچ بتاتے ہیں۔',
      ),
    },
    spot: [
      L(
        'Look for "they control everything" with no proof. A secret that explains everything explains nothing.',
        '’سب کچھ ان کے قبضے میں ہے‘ جیسی بات بغیر ثبوت کے ہو تو دھیان دیں۔ جو راز ہر چیز کی وضاحت کر دے وہ اصل میں کسی چیز کی وضاحت نہیں کرتا۔',
      ),
      L(
        'Be careful when a source tells you to stop trusting everyone else, especially family and teachers.',
        'جب کوئی ذریعہ آپ سے کہے کہ باقی سب پر، خاص طور پر گھر والوں اور اساتذہ پر، بھروسہ کرنا چھوڑ دیں تو محتاط ہو جائیں۔',
      ),
      L(
        'Check whether questions get an answer, or the subject changes.',
        'دیکھیں کہ سوالوں کا جواب ملتا ہے یا بات بدل دی جاتی ہے۔',
      ),
    ],
    quiz: [
      {
        prompt: L('What proof does the post give?', 'پوسٹ کیا ثبوت دیتی ہے؟'),
        options: [
          L('Several named sources', 'کئی نام والے ذرائع'),
          L('None, only a hint of a secret plot', 'کوئی نہیں، صرف کسی خفیہ سازش کا اشارہ'),
          L('A video you can check', 'ایک ویڈیو جسے آپ جانچ سکتے ہیں'),
        ],
        answer: 1,
        explain: L(
          '"No channel talks about it" is not proof. Often it means there was nothing to report.',
          '’کوئی چینل اس بارے میں بات نہیں کرتا‘ ثبوت نہیں۔ اکثر اس کا مطلب یہ ہوتا ہے کہ بتانے کو کچھ تھا ہی نہیں۔',
        ),
      },
      {
        prompt: L(
          'Why would a recruiter say "trust no one, only us"?',
          'کوئی بھرتی کرنے والا یہ کیوں کہے گا کہ ’کسی پر بھروسہ نہ کرو، صرف ہم پر‘؟',
        ),
        options: [
          L('To protect you', 'آپ کی حفاظت کے لیے'),
          L('Because it is good advice', 'کیونکہ یہ اچھا مشورہ ہے'),
          L('To cut you off from people who could help you', 'تاکہ آپ ان لوگوں سے کٹ جائیں جو آپ کی مدد کر سکتے ہیں'),
        ],
        answer: 2,
        explain: L(
          'Someone alone is easier to persuade. People who care about you do not ask you to drop everyone else.',
          'اکیلے انسان کو قائل کرنا آسان ہوتا ہے۔ جو لوگ آپ کی پروا کرتے ہیں وہ آپ سے باقی سب کو چھوڑ دینے کا نہیں کہتے۔',
        ),
      },
      {
        prompt: L('What does healthy doubt look like?', 'صحت مند شک کیسا ہوتا ہے؟'),
        options: [
          L(
            'Checking this post as carefully as everything else',
            'اس پوسٹ کو بھی اتنی ہی احتیاط سے جانچنا جتنا باقی سب کو',
          ),
          L('Believing only this channel', 'صرف اسی چینل پر یقین کرنا'),
          L('Doubting your family first', 'سب سے پہلے اپنے گھر والوں پر شک کرنا'),
        ],
        answer: 0,
        explain: L(
          'Doubt is useful when it is fair: the source that asks you to doubt others should be checked too.',
          'شک تب کام کا ہوتا ہے جب منصفانہ ہو: جو ذریعہ آپ سے دوسروں پر شک کرنے کو کہے، اسے بھی جانچنا چاہیے۔',
        ),
      },
    ],
  },
  {
    id: 'slogans_cliches_repetition',
    kind: 'technique',
    example: {
      author: L('@OnePathOnly', '@ایک_ہی_راستہ'),
      text: L(
        'One path. One cause. No surrender. One path. One cause. No surrender. #NoSurrender #OnePath',
        'ایک راستہ۔ ایک مقصد۔ ہار نہیں ماننی۔ ایک راستہ۔ ایک مقصد۔ ہار نہیں ماننی۔ #ہار_نہیں_ماننی',
      ),
    },
    spot: [
      L(
        'Notice lines that repeat without adding anything new.',
        'ایسے جملوں پر دھیان دیں جو کچھ نیا کہے بغیر بار بار دہرائے جائیں۔',
      ),
      L(
        'Ask "why?" after the slogan. If the post never answers, it is only a chant.',
        'نعرے کے بعد پوچھیں ’کیوں؟‘۔ اگر پوسٹ کبھی جواب نہیں دیتی تو یہ بس ایک ورد ہے۔',
      ),
      L(
        'Hashtags that many accounts post at the same time can be organised, not a sign that many people agree.',
        'جو ہیش ٹیگ بہت سے اکاؤنٹ ایک ہی وقت میں لگائیں وہ منظم مہم ہو سکتے ہیں، اس بات کی نشانی نہیں کہ بہت سے لوگ متفق ہیں۔',
      ),
    ],
    quiz: [
      {
        prompt: L('What reason does the example give?', 'مثال کیا دلیل دیتی ہے؟'),
        options: [
          L('A detailed explanation', 'ایک تفصیلی وضاحت'),
          L('Facts and figures', 'حقائق اور اعداد و شمار'),
          L('None, it repeats a slogan', 'کوئی نہیں، بس نعرہ دہراتی ہے'),
        ],
        answer: 2,
        explain: L(
          'Repeating something makes it familiar, and familiar things feel true even without a reason.',
          'کسی بات کو دہرانے سے وہ مانوس لگنے لگتی ہے، اور مانوس باتیں بغیر دلیل کے بھی سچ محسوس ہوتی ہیں۔',
        ),
      },
      {
        prompt: L('Why do slogans work so well?', 'نعرے اتنے کارگر کیوں ہوتے ہیں؟'),
        options: [
          L('They are short and stick in your memory', 'یہ مختصر ہوتے ہیں اور یاد رہ جاتے ہیں'),
          L('They are always true', 'یہ ہمیشہ سچ ہوتے ہیں'),
          L('Experts write them', 'انہیں ماہرین لکھتے ہیں'),
        ],
        answer: 0,
        explain: L(
          'Catchy is not the same as correct. A slogan is easy to remember and hard to question.',
          'دلکش ہونا درست ہونے جیسا نہیں۔ نعرہ یاد رکھنا آسان ہوتا ہے اور اس پر سوال اٹھانا مشکل۔',
        ),
      },
      {
        prompt: L('What is a good habit with slogans?', 'نعروں کے ساتھ اچھی عادت کیا ہے؟'),
        options: [
          L('Repeat them so you fit in', 'انہیں دہرائیں تاکہ آپ سب میں گھل مل جائیں'),
          L('Turn it into a plain sentence and ask why', 'اسے سادہ جملے میں بدلیں اور پوچھیں کیوں'),
          L('Add the hashtag to your bio', 'ہیش ٹیگ اپنے تعارف میں لگا لیں'),
        ],
        answer: 1,
        explain: L(
          'A good idea survives being explained. If it falls apart as a plain sentence, it was only a slogan.',
          'اچھا خیال وضاحت کے بعد بھی قائم رہتا ہے۔ اگر سادہ جملے میں وہ بکھر جائے تو وہ صرف ایک نعرہ تھا۔',
        ),
      },
    ],
  },
  {
    id: 'extremist_propaganda',
    kind: 'harm',
    example: {
      author: L('@CaravanOfBrothers', '@بھائیوں_کا_قافلہ'),
      text: L(
        'Brother, the world has forgotten you, but we haven’t. Only our group speaks the truth. Real men don’t sit at home. DM us to find out how you can join. Tell no one.',
        'بھائی، دنیا تمہیں بھول گئی ہے، مگر ہم نہیں بھولے۔ صرف ہمارا گروہ سچ بولتا ہے۔ اصلی مرد گھر نہیں بیٹھتے۔ شامل ہونے کا طریقہ جاننے کے لیے ہمیں ان باکس کرو۔ کسی کو مت بتانا۔',
      ),
    },
    spot: [
      L(
        'Recruitment often starts with kindness and belonging: "we understand you" before any talk of violence.',
        'بھرتی اکثر مہربانی اور اپنائیت سے شروع ہوتی ہے: تشدد کی کسی بات سے پہلے ’ہم تمہیں سمجھتے ہیں‘۔',
      ),
      L(
        'Secrecy is a red flag: "tell no one", "DM us", or moving you to a private app.',
        'رازداری خطرے کی علامت ہے: ’کسی کو مت بتانا‘، ’ان باکس کرو‘، یا آپ کو کسی نجی ایپ پر لے جانا۔',
      ),
      L(
        'Watch for a challenge to your honour ("real men…") that pushes you to prove yourself.',
        'ایسی بات پر دھیان دیں جو آپ کی غیرت کو للکارے (’اصلی مرد…‘) تاکہ آپ خود کو ثابت کرنے پر مجبور ہوں۔',
      ),
    ],
    quiz: [
      {
        prompt: L('Which line is the biggest warning sign?', 'کون سا جملہ خطرے کی سب سے بڑی علامت ہے؟'),
        options: [
          L('"Tell no one."', '’کسی کو مت بتانا۔‘'),
          L('"Brother"', '’بھائی‘'),
          L('"The world has forgotten you"', '’دنیا تمہیں بھول گئی ہے‘'),
        ],
        answer: 0,
        explain: L(
          'Groups that mean well do not ask you to hide them from your family.',
          'جو گروہ نیک نیت ہوں وہ آپ سے یہ نہیں کہتے کہ انہیں اپنے گھر والوں سے چھپائیں۔',
        ),
      },
      {
        prompt: L(
          'Why does the post start with "the world has forgotten you"?',
          'پوسٹ ’دنیا تمہیں بھول گئی ہے‘ سے کیوں شروع ہوتی ہے؟',
        ),
        options: [
          L('It is a fact', 'یہ ایک حقیقت ہے'),
          L(
            'To find people who feel lonely and offer them belonging',
            'تاکہ تنہائی محسوس کرنے والوں کو ڈھونڈ کر انہیں اپنائیت کی پیشکش کی جائے',
          ),
          L('To share news', 'خبر دینے کے لیے'),
        ],
        answer: 1,
        explain: L(
          'Feeling left out is normal. Recruiters use it as a door. Friends, family and good groups can meet the same need safely.',
          'خود کو نظر انداز محسوس کرنا عام بات ہے۔ بھرتی کرنے والے اسے دروازے کی طرح استعمال کرتے ہیں۔ دوست، گھر والے اور اچھے گروہ یہی ضرورت محفوظ طریقے سے پوری کر سکتے ہیں۔',
        ),
      },
      {
        prompt: L(
          'A friend got a message like this. What helps most?',
          'آپ کے کسی دوست کو ایسا پیغام ملا ہے۔ سب سے زیادہ کیا مدد کرے گا؟',
        ),
        options: [
          L('Tell them to reply and find out more', 'انہیں کہیں کہ جواب دے کر مزید معلوم کریں'),
          L('Keep it secret as the message asks', 'پیغام کے کہنے کے مطابق اسے راز رکھیں'),
          L(
            'Encourage them not to reply and to talk to an adult they trust',
            'انہیں سمجھائیں کہ جواب نہ دیں اور کسی بھروسے والے بڑے سے بات کریں',
          ),
        ],
        answer: 2,
        explain: L(
          'Not replying keeps them safe, and a trusted adult can help decide whether to block or report.',
          'جواب نہ دینا انہیں محفوظ رکھتا ہے، اور کوئی بھروسے والا بڑا یہ طے کرنے میں مدد کر سکتا ہے کہ بلاک کرنا ہے یا رپورٹ۔',
        ),
      },
    ],
  },
  {
    id: 'hate_dehumanization',
    kind: 'harm',
    example: {
      author: L('@CleanCityNow', '@صاف_شہر_ابھی'),
      text: L(
        'They are spreading through our city like rats. Every year there are more of them and less room for us. Something has to be done about this disease.',
        'وہ ہمارے شہر میں چوہوں کی طرح پھیل رہے ہیں۔ ہر سال ان کی تعداد بڑھتی ہے اور ہمارے لیے جگہ کم ہوتی ہے۔ اس بیماری کا کچھ کرنا ہوگا۔',
      ),
    },
    spot: [
      L(
        'Look for people described as animals, insects, dirt or a disease.',
        'دیکھیں کہ کہیں لوگوں کو جانور، کیڑے، گندگی یا بیماری تو نہیں کہا جا رہا۔',
      ),
      L(
        'Notice when a whole group is blamed for what some people did, or for nothing at all.',
        'دھیان دیں کہ کب پورے گروہ کو چند لوگوں کے کیے کا، یا بغیر کسی وجہ کے، قصوروار ٹھہرایا جا رہا ہے۔',
      ),
      L(
        'Vague calls like "something has to be done" can hide a call to harm people.',
        '’کچھ کرنا ہوگا‘ جیسی مبہم باتوں کے پیچھے لوگوں کو نقصان پہنچانے کی دعوت چھپی ہو سکتی ہے۔',
      ),
    ],
    quiz: [
      {
        prompt: L('Why is calling people "rats" dangerous?', 'لوگوں کو ’چوہے‘ کہنا خطرناک کیوں ہے؟'),
        options: [
          L('It makes hurting them seem acceptable', 'اس سے انہیں نقصان پہنچانا قابلِ قبول لگنے لگتا ہے'),
          L('It is just a joke', 'یہ صرف ایک مذاق ہے'),
          L('Rats are harmless', 'چوہے بے ضرر ہوتے ہیں'),
        ],
        answer: 0,
        explain: L(
          'When a group stops looking human, cruelty against it starts to look normal. History shows this again and again.',
          'جب کوئی گروہ انسان نظر آنا بند ہو جائے تو اس کے ساتھ ظلم عام لگنے لگتا ہے۔ تاریخ یہ بار بار دکھاتی ہے۔',
        ),
      },
      {
        prompt: L(
          'What does "something has to be done about this disease" hint at?',
          '’اس بیماری کا کچھ کرنا ہوگا‘ کس طرف اشارہ کرتا ہے؟',
        ),
        options: [
          L('Better hospitals', 'بہتر ہسپتال'),
          L('Harm against a group of people', 'لوگوں کے ایک گروہ کو نقصان پہنچانے'),
          L('Cleaning the streets', 'گلیوں کی صفائی'),
        ],
        answer: 1,
        explain: L(
          'The "disease" here is people. The vague wording lets the writer deny calling for harm.',
          'یہاں ’بیماری‘ سے مراد انسان ہیں۔ مبہم الفاظ لکھنے والے کو یہ کہنے کا موقع دیتے ہیں کہ اس نے نقصان کی بات نہیں کی۔',
        ),
      },
      {
        prompt: L('What is a kind and safe response?', 'ایک مہربان اور محفوظ ردعمل کیا ہے؟'),
        options: [
          L('Reply with insults about their group', 'ان کے گروہ کے بارے میں گالیوں سے جواب دیں'),
          L('Share it to show how bad it is', 'یہ دکھانے کے لیے شیئر کریں کہ یہ کتنا برا ہے'),
          L(
            'Do not share it; report it if you choose, and remember the real people it targets',
            'اسے شیئر نہ کریں؛ چاہیں تو رپورٹ کریں، اور ان اصل لوگوں کو یاد رکھیں جنہیں نشانہ بنایا گیا ہے',
          ),
        ],
        answer: 2,
        explain: L(
          'Sharing spreads it further, even in anger. Reporting is your choice; remembering the people behind the label is always possible.',
          'شیئر کرنے سے یہ مزید پھیلتی ہے، چاہے غصے میں ہی کیوں نہ ہو۔ رپورٹ کرنا آپ کا فیصلہ ہے؛ لقب کے پیچھے موجود انسانوں کو یاد رکھنا ہمیشہ ممکن ہے۔',
        ),
      },
    ],
  },
  {
    id: 'violent_threat_incitement',
    kind: 'harm',
    example: {
      author: L('@LessonTeacher_77', '@سبق_سکھانے_والا'),
      text: L(
        'Those people will get what they deserve. Someone should teach them a lesson they will never forget. Real heroes act, they don’t talk. Share if you agree.',
        'ان لوگوں کو وہی ملے گا جس کے وہ حق دار ہیں۔ کسی کو انہیں ایسا سبق سکھانا چاہیے جو وہ کبھی نہ بھولیں۔ اصلی ہیرو باتیں نہیں، عمل کرتے ہیں۔ متفق ہو تو شیئر کرو۔',
      ),
    },
    spot: [
      L(
        'Look for violence described as deserved, heroic or a "lesson".',
        'ایسی باتوں پر نظر رکھیں جن میں تشدد کو جائز سزا، بہادری یا ’سبق‘ کہا جائے۔',
      ),
      L(
        'Notice calls to act ("someone should", "real heroes act") aimed at the reader.',
        'پڑھنے والے کو عمل پر اکسانے والی باتوں پر دھیان دیں (’کسی کو چاہیے‘، ’اصلی ہیرو عمل کرتے ہیں‘)۔',
      ),
      L(
        '"Share if you agree" turns readers into the people who spread the threat.',
        '’متفق ہو تو شیئر کرو‘ پڑھنے والوں کو ہی دھمکی پھیلانے والا بنا دیتا ہے۔',
      ),
    ],
    quiz: [
      {
        prompt: L('What is "teach them a lesson" really about here?', 'یہاں ’سبق سکھانا‘ اصل میں کس بارے میں ہے؟'),
        options: [
          L('School', 'اسکول'),
          L('Hurting people', 'لوگوں کو نقصان پہنچانا'),
          L('Giving advice', 'مشورہ دینا'),
        ],
        answer: 1,
        explain: L(
          'Soft words can hide a call to violence. Read what would actually happen to real people.',
          'نرم الفاظ کے پیچھے تشدد کی دعوت چھپی ہو سکتی ہے۔ دیکھیں کہ اصل لوگوں کے ساتھ حقیقت میں کیا ہوگا۔',
        ),
      },
      {
        prompt: L(
          'If you see a post planning to hurt someone soon, what should you do first?',
          'اگر آپ کوئی ایسی پوسٹ دیکھیں جس میں جلد کسی کو نقصان پہنچانے کا منصوبہ ہو تو سب سے پہلے کیا کریں؟',
        ),
        options: [
          L(
            'Tell a trusted adult straight away, or call emergency services',
            'فوراً کسی بھروسے والے بڑے کو بتائیں، یا ہنگامی مدد کے لیے کال کریں',
          ),
          L('Argue with the account', 'اکاؤنٹ سے بحث کریں'),
          L('Wait and see', 'انتظار کریں اور دیکھیں'),
        ],
        answer: 0,
        explain: L(
          'Real danger needs real people quickly. Arguing online does not protect anyone.',
          'اصل خطرے میں جلد از جلد اصل لوگوں کی ضرورت ہوتی ہے۔ آن لائن بحث کسی کی حفاظت نہیں کرتی۔',
        ),
      },
      {
        prompt: L('Why is "share if you agree" harmful here?', 'یہاں ’متفق ہو تو شیئر کرو‘ نقصان دہ کیوں ہے؟'),
        options: [
          L('It is not harmful', 'یہ نقصان دہ نہیں'),
          L('Shares are private', 'شیئر نجی ہوتے ہیں'),
          L('Each share spreads the threat and the fear', 'ہر شیئر دھمکی اور خوف کو مزید پھیلاتا ہے'),
        ],
        answer: 2,
        explain: L(
          'The people threatened see every share. Not sharing is a real way to help.',
          'جنہیں دھمکی دی گئی ہے وہ ہر شیئر دیکھتے ہیں۔ شیئر نہ کرنا مدد کا ایک حقیقی طریقہ ہے۔',
        ),
      },
    ],
  },
  {
    id: 'offensive_abusive',
    kind: 'harm',
    example: {
      author: L('@LoudFan_999', '@شور_مچانے_والا'),
      text: L(
        'Only idiots support that team. Go cry, losers 🤡🤡 nobody cares about your stupid opinion.',
        'اس ٹیم کی حمایت صرف بے وقوف کرتے ہیں۔ جاؤ رو لو، ہارنے والو 🤡🤡 تمہاری فضول رائے کی کسی کو پروا نہیں۔',
      ),
    },
    spot: [
      L(
        'Insults instead of reasons: "idiots", "losers", "stupid".',
        'دلیل کے بجائے گالیاں اور طعنے: ’بے وقوف‘، ’ہارنے والے‘، ’فضول‘۔',
      ),
      L(
        'The goal is usually a reaction. Replying in anger gives it what it wants.',
        'مقصد عموماً ردعمل لینا ہوتا ہے۔ غصے میں جواب دینا اسے وہی دیتا ہے جو وہ چاہتا ہے۔',
      ),
      L(
        'If it keeps happening to you or a friend, it is harassment, and help exists.',
        'اگر یہ بار بار آپ کے یا کسی دوست کے ساتھ ہو تو یہ ہراسانی ہے، اور اس کے لیے مدد موجود ہے۔',
      ),
    ],
    quiz: [
      {
        prompt: L('What does the example want from you?', 'مثال آپ سے کیا چاہتی ہے؟'),
        options: [
          L('A calm discussion', 'ایک پُرسکون گفتگو'),
          L('An angry reaction', 'ایک غصے بھرا ردعمل'),
          L('Facts about cricket', 'کرکٹ کے بارے میں حقائق'),
        ],
        answer: 1,
        explain: L(
          'Insults are bait. Not biting is a choice, not a loss.',
          'گالیاں چارہ ہوتی ہیں۔ جال میں نہ پھنسنا ایک فیصلہ ہے، ہار نہیں۔',
        ),
      },
      {
        prompt: L('Which of these is a strong choice?', 'ان میں سے کون سا فیصلہ مضبوط ہے؟'),
        options: [
          L('Mute, block or scroll past', 'میوٹ، بلاک کریں یا آگے بڑھ جائیں'),
          L('Insult them back', 'جواب میں گالی دیں'),
          L('Tag your friends to join in', 'دوستوں کو ٹیگ کریں کہ وہ بھی شامل ہوں'),
        ],
        answer: 0,
        explain: L(
          'Muting and blocking protect your mood and time. Piling on makes the fight bigger.',
          'میوٹ اور بلاک کرنا آپ کے موڈ اور وقت کو بچاتا ہے۔ دوسروں کو شامل کرنے سے لڑائی بڑھتی ہے۔',
        ),
      },
      {
        prompt: L('When is it more than rudeness?', 'یہ کب بدتمیزی سے بڑھ کر ہوتا ہے؟'),
        options: [
          L('Never', 'کبھی نہیں'),
          L('When it uses emoji', 'جب اس میں ایموجی ہوں'),
          L(
            'When it targets someone again and again, or threatens them',
            'جب یہ کسی کو بار بار نشانہ بنائے یا دھمکی دے',
          ),
        ],
        answer: 2,
        explain: L(
          'Repeated targeting or threats are harassment. A helpline or a trusted adult can help.',
          'بار بار نشانہ بنانا یا دھمکیاں دینا ہراسانی ہے۔ کوئی ہیلپ لائن یا بھروسے والا بڑا مدد کر سکتا ہے۔',
        ),
      },
    ],
  },
];

export function findLesson(id: string): Lesson | undefined {
  return LESSONS.find((lesson) => lesson.id === id);
}
