/**
 * The skill renders its content itself (lambda/speech/i18n.ts), in i18next's format. i18next, configured as the
 * skill used it, is the reference: every key of every locale, every variant, with values and without, must come
 * out the same. And the content must use nothing of the format the renderer does not do.
 */
import i18next, { i18n as I18n } from 'i18next';
import { createSpeech, SpeechParams } from '../../lambda/speech/i18n';
import { escapeXml } from '../../lambda/speech/ssml';
import { LOCALE_BASES, NAMESPACES, RESOURCES, SUPPORTED_LOCALES, SupportedLocale, localeContent } from '../../lambda/speech/resources';

/** i18next as the skill set it up before it rendered the content itself. */
function reference(locale: SupportedLocale): I18n {
  const base = LOCALE_BASES[locale];
  const instance = i18next.createInstance();
  void instance.init({
    resources: base ? { [locale]: localeContent(locale), [base]: localeContent(base) } : { [locale]: localeContent(locale) },
    lng: locale,
    fallbackLng: base ? [base] : false,
    defaultNS: 'core',
    ns: [...NAMESPACES],
    initAsync: false,
    returnNull: false,
    interpolation: { escapeValue: true, escape: escapeXml },
  });
  return instance;
}

/** Every key to a text or a list of variants, in the speech key form (`path` in core, `ns:path` otherwise). */
function leafKeys(locale: SupportedLocale): string[] {
  const keys = new Set<string>();
  const walk = (node: unknown, path: string, namespace: string) => {
    if (typeof node === 'string' || Array.isArray(node)) keys.add(namespace === 'core' ? path : `${namespace}:${path}`);
    else if (typeof node === 'object' && node !== null) for (const [key, child] of Object.entries(node)) walk(child, path ? `${path}.${key}` : key, namespace);
  };
  const base = LOCALE_BASES[locale];
  for (const each of base ? [locale, base] : [locale]) {
    for (const [namespace, tree] of Object.entries(localeContent(each))) walk(tree, '', namespace);
  }
  return [...keys].sort();
}

/** Every text of every locale, for the checks on what the content uses. */
function allTexts(): string[] {
  const texts: string[] = [];
  const walk = (node: unknown) => {
    if (typeof node === 'string') texts.push(node);
    else if (typeof node === 'object' && node !== null) Object.values(node).forEach(walk);
  };
  for (const locale of SUPPORTED_LOCALES) walk(RESOURCES[locale]);
  return texts;
}

/** A value for every `{{name}}` the content has, with characters SSML must have escaped. */
function everyValue(): SpeechParams {
  const params: SpeechParams = {};
  for (const text of allTexts()) for (const [, name] of text.matchAll(/{{(.+?)}}/g)) params[name.trim()] = `4 <"${name}"> & 'so'`;
  params.count = 3;
  return params;
}

function variantsOf(value: unknown): number {
  return Array.isArray(value) ? value.filter((item) => typeof item === 'string').length : 1;
}

describe('the skill renders its content as i18next did', () => {
  const params = everyValue();

  it.each(SUPPORTED_LOCALES)('%s: every key, every variant, with every value given and with none', (locale) => {
    const i18n = reference(locale);
    const differences: string[] = [];
    for (const key of leafKeys(locale)) {
      for (const given of [params, undefined]) {
        const expected: unknown = i18n.t(key, { ...given, returnObjects: true });
        const variants = variantsOf(expected);
        if (variants === 0) continue; // a list with no text: the skill refuses to speak it, as before
        for (let pick = 0; pick < variants; pick++) {
          const said = createSpeech(locale, () => pick).say(key as never, given);
          const wanted = Array.isArray(expected) ? expected.filter((item) => typeof item === 'string')[pick] : expected;
          if (said !== wanted) differences.push(`${key} [${pick}]${given ? '' : ' (no values)'}: ${JSON.stringify(said)} != ${JSON.stringify(wanted)}`);
        }
      }
    }
    expect(differences).toEqual([]);
    expect(leafKeys(locale).length).toBeGreaterThan(200);
  });

  it('has() and sayFirst() find keys as i18next found them: texts, lists and whole subtrees, in the locale or its base', () => {
    for (const locale of ['en-US', 'en-GB', 'es-US'] as const) {
      const i18n = reference(locale);
      const speech = createSpeech(locale, () => 0);
      for (const key of ['safety', 'safety.emergency', 'timers:left', 'timers:left.minutes', 'no.such.key', 'timers:nothing', 'nothing:here', 'safety.emergency.deeper', '__proto__', 'constructor']) {
        expect([locale, key, speech.has(key)]).toEqual([locale, key, i18n.exists(key)]);
      }
      expect(speech.sayFirst(['no.such.key', 'safety.emergency'])).toBe(i18n.t('safety.emergency'));
    }
  });
});

describe('the content uses only what the renderer does', () => {
  const texts = allTexts();

  it('values only as {{name}}: no {{- raw}} value and no {{name, format}}', () => {
    expect(texts.filter((text) => /{{-|{{[^}]*,[^}]*}}/.test(text))).toEqual([]);
  });

  it('nesting only as $t(key), without options', () => {
    expect(texts.filter((text) => /\$t\([^)]*[,{]/.test(text))).toEqual([]);
  });

  it('no plural forms (key_one, key_other, ...): counts have keys of their own', () => {
    const plural = /_(zero|one|two|few|many|other)$/;
    const keys = SUPPORTED_LOCALES.flatMap((locale) => leafKeys(locale)).filter((key) => plural.test(key));
    expect(keys).toEqual([]);
  });
});
