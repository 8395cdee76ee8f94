// @vitest-environment node
import { formatCountdown, formatMessage, formatWait } from '../../src/i18n/index.js';

describe('formatMessage', () => {
  it('replaces every occurrence of each placeholder', () => {
    expect(formatMessage('{a} and {b}, again {a}', { a: 'one', b: 2 })).toBe('one and 2, again one');
  });

  it('leaves unknown placeholders as they are', () => {
    expect(formatMessage('Sent to {email} {wait}.', { email: 'jan@example.com' })).toBe('Sent to jan@example.com {wait}.');
    expect(formatMessage('Try again {wait}.')).toBe('Try again {wait}.');
  });

  it('inserts values literally, without replacement patterns or inherited names', () => {
    expect(formatMessage('To {email}.', { email: '$&$1$$@example.com' })).toBe('To $&$1$$@example.com.');
    expect(formatMessage('{toString} {constructor}', {})).toBe('{toString} {constructor}');
  });

  it('formats 0 and does not re-expand placeholders inside values', () => {
    expect(formatMessage('{n} {x}', { n: 0, x: '{n}' })).toBe('0 {n}');
  });
});

describe('formatWait', () => {
  it('says "in 5 minutes" in the catalog locale', () => {
    expect(formatWait(300_000, 'en')).toBe('in 5 minutes');
    expect(formatWait(300_000, 'cs')).toBe('za\u00A05\u00A0minut');
    expect(formatWait(300_000, 'sk')).toBe('o\u00A05\u00A0minút');
    expect(formatWait(300_000, 'de')).toBe('in\u00A05\u00A0Minuten');
    expect(formatWait(300_000, 'pl')).toBe('za\u00A05\u00A0minut');
  });

  it('joins the wait with no-break spaces outside English, so no line ends after "o" or before the unit', () => {
    const amounts = [1_000, 27_000, 60_000, 300_000, 22 * 60_000, 3_600_000, 5 * 3_600_000, 3 * 86_400_000];
    for (const locale of ['cs', 'sk', 'de', 'pl', 'cs-CZ', 'sk-SK', 'de-AT', 'pl-PL']) {
      for (const ms of amounts) {
        const wait = formatWait(ms, locale);
        expect({ locale, ms, wait, space: wait.includes(' ') }).toEqual({ locale, ms, wait, space: false });
        expect(wait, `${locale} ${ms}`).toMatch(/\d\u00A0\p{L}/u);
      }
    }
    expect(formatWait(300_000, 'sk').split('\u00A0')).toEqual(['o', '5', 'minút']);
  });

  it('keeps Intl’s ordinary spaces in English, as the English catalog does', () => {
    expect(formatWait(300_000, 'en-GB')).toBe('in 5 minutes');
    expect(formatWait(2 * 3_600_000, 'en-US')).toBe('in 2 hours');
    expect(formatWait(300_000, 'en')).not.toContain('\u00A0');
  });

  it('takes plurals from Intl (Czech, Slovak, Polish, German)', () => {
    expect(formatWait(120_000, 'cs')).toBe('za\u00A02\u00A0minuty');
    expect(formatWait(1_000, 'cs')).toBe('za\u00A01\u00A0sekundu');
    expect(formatWait(120_000, 'sk')).toBe('o\u00A02\u00A0minúty');
    expect(formatWait(22 * 60_000, 'pl')).toBe('za\u00A022\u00A0minuty');
    expect(formatWait(25 * 60_000, 'pl')).toBe('za\u00A025\u00A0minut');
    expect(formatWait(1_000, 'pl')).toBe('za\u00A01\u00A0sekundę');
    expect(formatWait(1_000, 'de')).toBe('in\u00A01\u00A0Sekunde');
    expect(formatWait(48 * 3_600_000, 'de')).toBe('in\u00A02\u00A0Tagen');
  });

  it('uses seconds up to 119 seconds, rounded up', () => {
    expect(formatWait(27_000, 'en')).toBe('in 27 seconds');
    expect(formatWait(1, 'en')).toBe('in 1 second');
    expect(formatWait(59_000, 'cs')).toBe('za\u00A059\u00A0sekund');
    expect(formatWait(60_000, 'en')).toBe('in 60 seconds');
    expect(formatWait(118_001, 'en')).toBe('in 119 seconds');
  });

  it('uses minutes from 2 up to 119 minutes, rounded up within the unit', () => {
    expect(formatWait(120_000, 'en')).toBe('in 2 minutes');
    expect(formatWait(120_001, 'en')).toBe('in 3 minutes');
    expect(formatWait(59 * 60_000, 'en')).toBe('in 59 minutes');
    expect(formatWait(3_600_000, 'en')).toBe('in 60 minutes');
    expect(formatWait(118 * 60_000 + 1, 'en')).toBe('in 119 minutes');
  });

  // The native review: "in 2 hours" for 61 minutes nearly doubled the wait the countdown showed.
  it.each([
    ['en', 'in 61 seconds', 'in 61 minutes', 'in 119 minutes'],
    ['cs', 'za 61 sekund', 'za 61 minut', 'za 119 minut'],
    ['sk', 'o 61 sekúnd', 'o 61 minút', 'o 119 minút'],
    ['de', 'in 61 Sekunden', 'in 61 Minuten', 'in 119 Minuten'],
    ['pl', 'za 61 sekund', 'za 61 minut', 'za 119 minut'],
  ])('says 61 s, 61 min and 119 min in the smaller unit in %s', (locale, sixtyOneSeconds, sixtyOneMinutes, oneHundredNineteenMinutes) => {
    const spaced = (text: string) => text.replace(/\u00A0/g, ' ');
    expect(spaced(formatWait(61_000, locale))).toBe(sixtyOneSeconds);
    expect(spaced(formatWait(61 * 60_000, locale))).toBe(sixtyOneMinutes);
    expect(spaced(formatWait(119 * 60_000, locale))).toBe(oneHundredNineteenMinutes);
    // Rounded up within the unit: a part of a second or minute more is one more, never the next unit.
    expect(spaced(formatWait(60_001, locale))).toBe(sixtyOneSeconds);
    expect(spaced(formatWait(60 * 60_000 + 1, locale))).toBe(sixtyOneMinutes);
  });

  it('uses hours from 2 up to 47 hours, then days', () => {
    expect(formatWait(119 * 60_000 + 1, 'en')).toBe('in 2 hours');
    expect(formatWait(2 * 3_600_000, 'en')).toBe('in 2 hours');
    expect(formatWait(47 * 3_600_000, 'en')).toBe('in 47 hours');
    expect(formatWait(48 * 3_600_000, 'en')).toBe('in 2 days');
    expect(formatWait(48 * 3_600_000, 'cs')).toBe('za\u00A02\u00A0dny');
    expect(formatWait(3 * 86_400_000, 'sk')).toBe('o\u00A03\u00A0dni');
  });

  it('survives odd input: negative, NaN, a malformed locale', () => {
    expect(formatWait(-5, 'en')).toBe('in 0 seconds');
    expect(formatWait(Number.NaN, 'en')).toBe('in 0 seconds');
    expect(formatWait(300_000, '!!')).toBe('in 5 minutes');
  });
});

describe('formatCountdown', () => {
  it('formats m:ss below an hour and h:mm:ss from one hour up', () => {
    expect(formatCountdown(27_000)).toBe('0:27');
    expect(formatCountdown(65_000)).toBe('1:05');
    expect(formatCountdown(600_000)).toBe('10:00');
    expect(formatCountdown(3_599_000)).toBe('59:59');
    expect(formatCountdown(3_600_000)).toBe('1:00:00');
    expect(formatCountdown(3_661_000)).toBe('1:01:01');
  });

  it('rounds up to whole seconds', () => {
    expect(formatCountdown(26_001)).toBe('0:27');
    expect(formatCountdown(59_500)).toBe('1:00');
    expect(formatCountdown(1)).toBe('0:01');
  });

  it('gives 0:00 for zero, negative or invalid input', () => {
    expect(formatCountdown(0)).toBe('0:00');
    expect(formatCountdown(-1000)).toBe('0:00');
    expect(formatCountdown(Number.NaN)).toBe('0:00');
  });
});
