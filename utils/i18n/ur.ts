/**
 * اردو: the same keys as `en.ts`, written (not machine-translated) for teenagers: simple, everyday
 * Urdu, no blame. Quotation inside Urdu text uses ’…‘ as Urdu newspapers do, which reads well in RTL.
 */
import type { MessageKey } from './en.ts';
import { pagesUr } from './pages.ur.ts';
import { guardianUr } from './guardian.ur.ts';

export const ur: Record<MessageKey, string> = {
  'label.aria': 'اس پوسٹ کے بارے میں بصیرت کا نوٹ',
  'label.title': 'بصیرت نے اس پوسٹ کو غور سے دیکھا',
  'label.summary': 'یہ پوسٹ {findings}۔',
  'label.summaryGeneric': 'یہ پوسٹ شاید آپ کے جذبات کو کسی ایک طرف دھکیلنے کی کوشش کر رہی ہے۔',
  'label.evidence': 'یہ الفاظ نمایاں تھے:',
  'label.quote': '’{text}‘',
  'label.sure.high': 'بصیرت کو اس بارے میں کافی یقین ہے۔',
  'label.sure.medium': 'بصیرت کو اس بارے میں کسی حد تک یقین ہے۔',
  'label.sure.low': 'بصیرت کو اس بارے میں زیادہ یقین نہیں، اس لیے اپنی سمجھ سے بھی کام لیں۔',
  'label.why': 'کیوں؟',
  'label.whyHeading': 'بصیرت نے کیا دیکھا',
  'label.whyFooter':
    'ان چالوں کو پہچاننے کا مطلب یہ نہیں کہ لکھنے والا برا انسان ہے یا آپ نے کچھ غلط کیا ہے۔ اس سے بس آپ کو اپنی رائے خود بنانے میں مدد ملتی ہے۔',
  'label.help': 'مدد اور تصویر کا دوسرا رخ',
  'label.newTab': '(نئے ٹیب میں کھلے گا)',
  'label.reveal': 'پوسٹ دکھائیں',
  'label.rehide': 'دوبارہ دھندلا کریں',
  'label.blurred': 'بصیرت نے یہ پوسٹ دھندلی کر دی ہے۔ آپ چاہیں تو پھر بھی اسے پڑھ سکتے ہیں۔',
  'label.feedback': 'پروپیگنڈا نہیں ہے؟',
  'label.feedbackSending': 'بھیجا جا رہا ہے…',
  'label.feedbackThanks': 'بتانے کا شکریہ! آپ کی رائے بصیرت کو بہتر بنانے میں مدد کرتی ہے۔',
  'label.feedbackFailed': 'یہ ابھی نہیں بھیجا جا سکا۔ تھوڑی دیر بعد دوبارہ کوشش کریں۔',

  'list.comma': '، ',
  'list.and': ' اور ',

  'harm.extremist_propaganda.name': 'انتہا پسند پروپیگنڈا',
  'harm.extremist_propaganda.phrase': 'کسی انتہا پسند گروہ یا اس کے نظریات کی تشہیر کرتی ہے',
  'harm.extremist_propaganda.explain':
    'یہ پوسٹ کسی ایسے گروہ کی تعریف کرتی ہے یا اس میں شامل ہونے کی دعوت دیتی ہے جو تشدد کرتا ہے یا دوسروں کے حقوق چھیننا چاہتا ہے۔ ایسے گروہ اکثر آن لائن نوجوانوں کو تلاش کرتے ہیں۔',
  'harm.hate_dehumanization.name': 'نفرت اور انسانوں کو کم تر دکھانا',
  'harm.hate_dehumanization.phrase': 'لوگوں کے کسی گروہ کا ایسے ذکر کرتی ہے جیسے وہ انسان ہی نہ ہوں',
  'harm.hate_dehumanization.explain':
    'لوگوں کو جانور، بیماری یا گندگی کہنے سے انہیں تکلیف پہنچانا ٹھیک لگنے لگتا ہے۔ ہر شخص اس بات کا حق دار ہے کہ اسے انسان سمجھا جائے۔',
  'harm.violent_threat_incitement.name': 'دھمکیاں اور تشدد پر اکسانا',
  'harm.violent_threat_incitement.phrase': 'تشدد کی تعریف کرتی ہے یا اس پر اکساتی ہے',
  'harm.violent_threat_incitement.explain':
    'یہ پوسٹ کسی کو دھمکی دیتی ہے، تشدد کو بہادری بنا کر دکھاتی ہے یا لوگوں کو حملہ کرنے پر اکساتی ہے۔ تشدد سے اصل لوگوں کو نقصان پہنچتا ہے، اور آپ کو نہ اس سے اتفاق کرنے کی ضرورت ہے نہ اسے آگے بھیجنے کی۔',
  'harm.offensive_abusive.name': 'توہین آمیز زبان',
  'harm.offensive_abusive.phrase': 'توہین آمیز یا گالی گلوچ والے الفاظ استعمال کرتی ہے',
  'harm.offensive_abusive.explain':
    'اس پوسٹ میں گالیاں یا توہین آمیز الفاظ ہیں۔ آپ اسے نظر انداز کر کے آگے بڑھ سکتے ہیں، میوٹ یا بلاک کر سکتے ہیں۔',

  'technique.loaded_language_name_calling.name': 'بھڑکانے والے الفاظ اور برے القاب',
  'technique.loaded_language_name_calling.phrase': 'بھڑکانے والے الفاظ اور برے القاب استعمال کرتی ہے',
  'technique.loaded_language_name_calling.explain':
    'سخت اور جذباتی الفاظ یا توہین آمیز القاب اس لیے استعمال کیے جاتے ہیں کہ آپ سوچنے سے پہلے محسوس کریں۔ خود سے پوچھیں: القاب ہٹا دیں تو اصل دعویٰ کیا ہے؟',
  'technique.appeal_to_fear_exaggeration.name': 'خوف اور مبالغہ',
  'technique.appeal_to_fear_exaggeration.phrase': 'آپ کو ڈرانے یا بات کو بڑھا چڑھا کر پیش کرنے کی کوشش کرتی ہے',
  'technique.appeal_to_fear_exaggeration.explain':
    'کسی خطرے کو اصل سے بڑا یا قریب دکھایا جاتا ہے تاکہ آپ جلدی میں ردعمل دیں۔ ڈرے ہوئے انسان کو بہکانا آسان ہوتا ہے، اس لیے ذرا رک کر حقائق جانچ لیں۔',
  'technique.us_vs_them_flag_waving.name': 'ہم بمقابلہ وہ',
  'technique.us_vs_them_flag_waving.phrase': 'لوگوں کو ’ہم‘ اور ’وہ‘ میں بانٹتی ہے',
  'technique.us_vs_them_flag_waving.explain':
    'لوگوں کو اچھے ’ہم‘ اور برے ’وہ‘ میں بانٹ دیا جاتا ہے، اکثر مذہب، قوم یا گروہ پر فخر کو ابھار کر۔ حقیقت میں لوگ اور گروہ اس سے کہیں زیادہ ملے جلے ہوتے ہیں۔',
  'technique.black_white_oversimplification.name': 'سب کچھ سیاہ یا سفید',
  'technique.black_white_oversimplification.phrase': 'ایک پیچیدہ مسئلے کو بالکل سیاہ اور سفید بنا کر دکھاتی ہے',
  'technique.black_white_oversimplification.explain':
    'ایک مشکل مسئلے کو ایسے دکھایا جاتا ہے جیسے اس کے صرف دو ہی راستے ہوں یا ایک ہی سادہ وجہ ہو۔ زیادہ تر اصل مسئلوں کی کئی وجوہات اور دو سے زیادہ حل ہوتے ہیں۔',
  'technique.doubt_conspiracy_distraction.name': 'شک، سازشی کہانیاں اور توجہ ہٹانا',
  'technique.doubt_conspiracy_distraction.phrase': 'شک یا کوئی سازشی کہانی پھیلاتی ہے',
  'technique.doubt_conspiracy_distraction.explain':
    'یہ پوسٹ آپ کو باقی سب پر سے بھروسہ ختم کرنے پر اکساتی ہے، کسی خفیہ سازش کی طرف اشارہ کرتی ہے، یا جواب دینے کے بجائے بات بدل دیتی ہے۔ دیکھیں کہ اصل میں کیا ثبوت دیا گیا ہے۔',
  'technique.slogans_cliches_repetition.name': 'نعرے اور تکرار',
  'technique.slogans_cliches_repetition.phrase': 'دلیل دینے کے بجائے نعرے دہراتی ہے',
  'technique.slogans_cliches_repetition.explain':
    'دلکش نعرے اور بار بار دہرائی گئی باتیں ذہن میں بیٹھ جاتی ہیں مگر کچھ ثابت نہیں کرتیں۔ کسی بات کو دہراتے رہنے سے وہ سچ لگنے لگتی ہے، چاہے اس کا کوئی ثبوت نہ ہو۔',

  // Issue #4: popup, options, lessons and help pages.
  ...pagesUr,
  // Issue #5: guardian lock, "set by your school", weekly summary.
  ...guardianUr,
};
