// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import {
  directionFromText,
  directionOf,
  emojiAlt,
  hasVisibleText,
  langOf,
  visibleText,
  visibleTextOf,
} from '../../../utils/sites/text.ts';

function element(html: string, selector = 'body > *'): Element {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  return doc.querySelector(selector)!;
}

describe('visibleText', () => {
  it.each([
    ['<div>Hello   <b>brave</b>\n\t new <i>world</i></div>', 'Hello brave new world'],
    ['<div>one<br>two<br><br>three</div>', 'one\ntwo\nthree'],
    ['<div><p>para one</p><p>para two</p></div>', 'para one\npara two'],
    ['<div>fire <img alt="🔥" src=""> and <img alt="🇵🇰" src=""> <img alt="👍🏽" src=""></div>', 'fire 🔥 and 🇵🇰 👍🏽'],
    ['<div>photo <img alt="Image" src=""><img alt=":face-blue-smiling:" src=""><img src=""></div>', 'photo'],
    ['<div>text<button>Show more</button><input value="typed"><textarea>draft</textarea></div>', 'text'],
    ['<div>a<svg><title>icon</title></svg>b<noscript>no js</noscript></div>', 'ab'],
    ['<div>#<div style="display: inline-flex">tag</div> end</div>', '#tag end'],
    ['<div>&lt;img src=x onerror=alert(1)&gt;</div>', '<img src=x onerror=alert(1)>'],
    ['<div>  \n  </div>', ''],
  ])('%s', (html, expected) => {
    expect(visibleText(element(html))).toBe(expected);
  });

  it('skips the ignore selector and reads the root even when it is hidden', () => {
    const root = element('<div hidden>keep <span class="ts">2h</span><a class="user">@me</a> this</div>');
    expect(visibleText(root, { ignore: '.ts, .user' })).toBe('keep this');
  });

  it('turns "\\n" into line breaks only for pre-wrap sites', () => {
    const root = element('<div>line one\nline two</div>');
    expect(visibleText(root)).toBe('line one line two');
    expect(visibleText(root, { preLineBreaks: true })).toBe('line one\nline two');
  });

  it('reads several blocks as one capped text', () => {
    const doc = new DOMParser().parseFromString('<p>title</p><p>body text here</p>', 'text/html');
    const blocks = [...doc.querySelectorAll('p')];
    expect(visibleTextOf(blocks)).toBe('title\nbody text here');
    expect(visibleTextOf(blocks, { maxChars: 9 })).toBe('title\nbod');
  });

  it('ignores an invalid ignore selector instead of throwing', () => {
    expect(visibleText(element('<div>ok <span>fine</span></div>'), { ignore: '[[[' })).toBe('ok fine');
  });
});

describe('emoji and emptiness', () => {
  it('accepts emoji alts only', () => {
    const img = (alt: string) => element(`<img alt="${alt}">`, 'img');
    expect(emojiAlt(img('🔥'))).toBe('🔥');
    expect(emojiAlt(img('👨‍👩‍👧'))).toBe('👨‍👩‍👧');
    expect(emojiAlt(img('1'))).toBeNull();
    expect(emojiAlt(img('Image'))).toBeNull();
  });

  it('treats zero-width and bidi controls alone as nothing to score', () => {
    expect(hasVisibleText('\u200B\u200C\u200D\u200E\u200F\u2060\uFEFF \n')).toBe(false);
    expect(hasVisibleText('\u200Bx')).toBe(true);
    expect(hasVisibleText('🔥')).toBe(true);
  });
});

describe('direction and language hints', () => {
  it('computes direction from the share of Arabic-script letters', () => {
    expect(directionFromText('یہ میچ بارش کی وجہ سے ملتوی ہو گیا')).toBe('rtl');
    expect(directionFromText('یہ خبر ہے #Breaking')).toBe('rtl');
    expect(directionFromText('yaar aaj match nahi hoga')).toBe('ltr');
    expect(directionFromText('🔥 123 !!!')).toBeUndefined();
  });

  it('prefers an explicit dir, ignores the page-level one, and computes for dir="auto"', () => {
    const doc = new DOMParser().parseFromString(
      '<html dir="ltr"><body dir="ltr"><div dir="rtl"><span id="a">x</span></div><div dir="auto"><span id="b">x</span></div><span id="c">x</span></body></html>',
      'text/html',
    );
    expect(directionOf(doc.getElementById('a')!, 'hello')).toBe('rtl');
    expect(directionOf(doc.getElementById('b')!, 'سلام دوستو')).toBe('rtl');
    expect(directionOf(doc.getElementById('c')!, 'سلام دوستو')).toBe('rtl');
    expect(directionOf(doc.getElementById('c')!, 'hello')).toBe('ltr');
  });

  it('stops looking for dir at the container', () => {
    const doc = new DOMParser().parseFromString('<div dir="ltr"><article><p>x</p></article></div>', 'text/html');
    const p = doc.querySelector('p')!;
    expect(directionOf(p, 'سلام دوستو', doc.querySelector('article')!)).toBe('rtl');
    expect(directionOf(p, 'سلام دوستو')).toBe('ltr');
  });

  it('reads the closest lang, drops "unknown" codes, and skips the page lang unless asked', () => {
    const doc = new DOMParser().parseFromString(
      '<html lang="en"><body><div lang="ur-PK"><p id="a">x</p></div><p id="b" lang="qme">x</p><p id="c" lang="und">x</p><p id="d">x</p></body></html>',
      'text/html',
    );
    expect(langOf(doc.getElementById('a')!)).toBe('ur-PK');
    expect(langOf(doc.getElementById('b')!)).toBeUndefined();
    expect(langOf(doc.getElementById('c')!)).toBeUndefined();
    expect(langOf(doc.getElementById('d')!)).toBeUndefined();
    expect(langOf(doc.getElementById('d')!, { pageLevel: true })).toBe('en');
  });
});
