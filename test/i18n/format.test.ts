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
    expect(formatWait(3_600_000, 'en-US')).toBe('in 1 hour');
    expect(formatWait(300_000, 'en')).not.toContain('\u00A0');
  });

  it('takes plurals from Intl (Czech, Slovak, Polish, German)', () => {
    expect(formatWait(120_000, 'cs')).toBe('za\u00A02\u00A0minuty');
    expect(formatWait(1_000, 'cs')).toBe('za\u00A01\u00A0sekundu');
    expect(formatWait(120_000, 'sk')).toBe('o\u00A02\u00A0minúty');
    expect(formatWait(22 * 60_000, 'pl')).toBe('za\u00A022\u00A0minuty');
    expect(formatWait(25 * 60_000, 'pl')).toBe('za\u00A025\u00A0minut');
    expect(formatWait(1_000, 'pl')).toBe('za\u00A01\u00A0sekundę');
    expect(formatWait(60_000, 'de')).toBe('in\u00A01\u00A0Minute');
    expect(formatWait(48 * 3_600_000, 'de')).toBe('in\u00A02\u00A0Tagen');
  });

  it('uses seconds below a minute, rounded up', () => {
    expect(formatWait(27_000, 'en')).toBe('in 27 seconds');
    expect(formatWait(1, 'en')).toBe('in 1 second');
    expect(formatWait(59_000, 'cs')).toBe('za\u00A059\u00A0sekund');
  });

  it('uses minutes below an hour, rounded up', () => {
    expect(formatWait(60_000, 'en')).toBe('in 1 minute');
    expect(formatWait(59_001, 'en')).toBe('in 1 minute');
    expect(formatWait(61_000, 'en')).toBe('in 2 minutes');
    expect(formatWait(59 * 60_000, 'en')).toBe('in 59 minutes');
  });

  it('uses hours below 48 hours, then days', () => {
    expect(formatWait(3_600_000, 'en')).toBe('in 1 hour');
    expect(formatWait(3_600_000 + 1, 'en')).toBe('in 2 hours');
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
