/**
 * The skill package `ask deploy` uploads: skill-package/skill.json, its tasks, and the interaction models built
 * from interaction-models/ (the only source). Checked against Amazon's publishing rules as far as they can be
 * checked offline, and against the skill's own code and content: every example phrase must resolve in its
 * locale's model, every locale must have every intent and every content key.
 */
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Ajv from 'ajv';
import { SESSION_TASK, SESSION_TASK_VERSION } from '../../lambda/alexa/timers';
import { PLANNED_INTENTS } from '../support/planned-intents';
import { NAME_FREE_INTENTS } from '../../lambda/features/onboarding/handlers/can-fulfill';
import { SKILL_DISABLED } from '../../lambda/features/onboarding/handlers/skill-disabled';
import { SUPPORTED_LOCALES, baseLocaleOf } from '../../lambda/speech/resources';
import { HEALTH_RECORDS_MODES, type HealthRecords } from '../../lambda/config';
import { parseInvocation } from '../../tools/simulator/invocation';
import { FALLBACK_INTENT, matchUtterance } from '../../tools/simulator/matcher';
import { listLocales, loadModel } from '../support/model';

const ROOT = path.resolve(__dirname, '..', '..');
const PACKAGE = path.join(ROOT, 'skill-package');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { packageSkill } = require('../../scripts/package-skill.js') as {
  packageSkill(options?: PackageOptions): {
    locales: string[];
    models: string[];
    icons: string[];
    healthRecords: HealthRecords;
    privacyPolicyUrl?: string;
    termsOfUseUrl?: string;
    stale: string[];
  };
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { complianceFlags } = require('../../scripts/health-records.js') as { complianceFlags(mode: HealthRecords): Record<string, boolean> };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { ICONS } = require('../../scripts/skill-icons.js') as { ICONS: Array<{ field: string; size: number; file: string }> };
interface PackageOptions {
  root?: string;
  packageDir?: string;
  privacyPolicyUrl?: string;
  termsOfUseUrl?: string;
  healthRecords?: HealthRecords;
  check?: boolean;
}

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const readJson = (file: string): Json => JSON.parse(readFileSync(file, 'utf8')) as Json;

const skillJson = readJson(path.join(PACKAGE, 'skill.json'));
const manifest = skillJson.manifest as Json;
const publishing = manifest.publishingInformation as Json;
const publishedLocales = Object.keys(publishing.locales as Json).sort();
const askResources = readJson(path.join(ROOT, 'ask-resources.json'));

/** The country each locale is sold in, for distributionCountries. */
const LOCALE_COUNTRY: Record<string, string> = {
  'en-US': 'US', 'en-GB': 'GB', 'en-CA': 'CA', 'en-AU': 'AU', 'en-IN': 'IN', 'es-US': 'US', 'es-ES': 'ES', 'es-MX': 'MX',
};

/** Every .ts file under lambda/ except the bundle. */
function lambdaSources(): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory() && entry.name !== 'dist') walk(full);
      else if (entry.isFile() && entry.name.endsWith('.ts')) files.push(full);
    }
  };
  walk(path.join(ROOT, 'lambda'));
  return files;
}
const codeText = lambdaSources().map((file) => readFileSync(file, 'utf8')).join('\n');

/** Amazon's own schemas for the skill package, from the Skill Management API's model (ask-smapi-model). */
function smapiValidator(definition: string) {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const spec = require('ask-smapi-model/spec.json') as { definitions: Record<string, unknown> };
  const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
  ajv.addSchema({ $id: 'smapi', definitions: spec.definitions });
  return ajv.compile({ $ref: `smapi#/definitions/${definition}` });
}

describe('the skill package against the Skill Management API schema', () => {
  it('skill.json is a valid skill manifest', () => {
    const validate = smapiValidator('v1.skill.Manifest.SkillManifestEnvelope');
    expect(validate(skillJson) ? [] : validate.errors).toEqual([]);
  });

  it.each(listLocales())('the %s interaction model is valid interaction model data', (locale) => {
    const validate = smapiValidator('v1.skill.interactionModel.InteractionModelData');
    const model = readJson(path.join(ROOT, 'interaction-models', `${locale}.json`));
    expect(validate(model) ? [] : validate.errors).toEqual([]);
  });

  it('would catch a wrong permission name', () => {
    const validate = smapiValidator('v1.skill.Manifest.SkillManifestEnvelope');
    const wrong = JSON.parse(JSON.stringify(skillJson)) as Json;
    wrong.manifest.permissions = [{ name: 'alexa::alerts:timer:skill:readwrite' }];
    expect(validate(wrong)).toBe(false);
  });
});

describe('skill.json', () => {
  it('is a custom skill manifest with the permissions the skill asks for by voice', () => {
    expect(manifest.manifestVersion).toBe('1.0');
    expect(manifest.permissions).toEqual(
      expect.arrayContaining([{ name: 'alexa::alerts:timers:skill:readwrite' }, { name: 'alexa::alerts:reminders:skill:readwrite' }]),
    );
    expect(manifest.apis.custom).toBeDefined();
  });

  it('is published in the health and fitness category, in the countries of its locales', () => {
    expect(publishing.category).toBe('HEALTH_AND_FITNESS');
    expect(typeof publishing.testingInstructions).toBe('string');
    if (!publishing.isAvailableWorldwide) {
      for (const locale of publishedLocales) expect(publishing.distributionCountries).toContain(LOCALE_COUNTRY[locale]);
    }
  });

  it('publishes exactly the locales that have a model, content and speech resources', () => {
    expect(publishedLocales).toEqual(listLocales());
    const contentLocales = readdirSync(path.join(ROOT, 'content', 'locales'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
    expect(contentLocales).toEqual(publishedLocales);
    // A content folder must also be registered with the speech layer (lambda/speech/resources.ts).
    for (const locale of publishedLocales) expect(SUPPORTED_LOCALES as readonly string[]).toContain(locale);
  });

  describe.each(publishedLocales)('%s listing', (locale) => {
    const listing = publishing.locales[locale] as Json;
    const model = loadModel(locale);
    const invocationName = model.interactionModel.languageModel.invocationName;

    it('has a name, a short summary and a description saying it is not medical advice and not for emergencies', () => {
      expect(listing.name).toMatch(/\S/);
      expect(listing.name.length).toBeLessThanOrEqual(50);
      expect(listing.summary.length).toBeGreaterThan(0);
      expect(listing.summary.length).toBeLessThanOrEqual(160);
      expect(listing.description.length).toBeLessThanOrEqual(4000);
      // Amazon's wording for health skills.
      if (locale.startsWith('en-')) {
        expect(listing.description).toMatch(/not a substitute for professional medical advice/i);
        expect(listing.description).toMatch(/not for emergencies/i);
      }
      if (locale.startsWith('es-')) {
        expect(listing.description).toMatch(/no sustituye el consejo médico profesional/i);
        expect(listing.description).toMatch(/no es para emergencias/i);
      }
      // The care protocol: no products, no doses, no promises.
      expect(listing.description).not.toMatch(/\b\d+\s?mg\b|\bcure[sd]?\b|\bguarantee/i);
      expect(listing.description).not.toMatch(/\bcur(a|ar|ará|ación)\b|\bgarantiza/i);
    });

    it('has the small and large icon, files of the package that ASK CLI uploads', () => {
      expect(listing.smallIconUri).toBe('file://assets/images/icon-108.png');
      expect(listing.largeIconUri).toBe('file://assets/images/icon-512.png');
    });

    it('has keywords', () => {
      expect(Array.isArray(listing.keywords)).toBe(true);
      expect(listing.keywords.length).toBeGreaterThan(0);
      expect(listing.keywords.length).toBeLessThanOrEqual(30);
      expect(new Set(listing.keywords).size).toBe(listing.keywords.length);
    });

    it('has at most three example phrases, the first with the wake word, a launch phrase and the invocation name', () => {
      const phrases = listing.examplePhrases as string[];
      expect(phrases.length).toBeGreaterThanOrEqual(1);
      expect(phrases.length).toBeLessThanOrEqual(3);
      const spanish = locale.startsWith('es-');
      // Spanish launch phrases: "Alexa, abre ...", "Alexa, pregunta a ...", "Alexa, pide a ... que ...".
      expect(phrases[0]).toMatch(spanish ? /^Alexa, (abre|inicia|pregunta a|pide a|dile a) / : /^Alexa, (open|ask|launch|start|tell) /);
      expect(phrases[0].toLowerCase()).toContain(invocationName);
      for (const phrase of phrases) expect(phrase).toMatch(spanish ? /^[A-Za-zÁÉÍÓÚÜÑáéíóúüñ ,¿?.]+$/ : /^[A-Za-z ,'?.]+$/);
    });

    it.each(listing.examplePhrases as string[])('resolves "%s" in the model', (phrase) => {
      const invocation = parseInvocation(phrase, invocationName, locale);
      if (invocation.kind === 'launch') return;
      expect(invocation.kind).toBe('one-shot');
      const request = invocation.kind === 'one-shot' ? invocation.request : '';
      const heard = matchUtterance(model, request, new Date('2026-11-21T15:00:00Z'), 'America/New_York', { locale });
      expect(heard.intent).not.toBe(FALLBACK_INTENT);
    });

    it('uses an invocation name Amazon accepts', () => {
      expect(invocationName).toMatch(/^[a-z][a-z' .]*[a-z]$/);
      expect(invocationName.split(' ').length).toBeGreaterThanOrEqual(2);
      expect(invocationName.length).toBeLessThanOrEqual(50);
      const forbidden = ['alexa', 'amazon', 'echo', 'computer', 'skill', 'app', 'ask', 'tell', 'open', 'launch', 'load', 'begin', 'enable', 'start', 'run', 'resume', 'use', 'play',
        // and Alexa's Spanish launch words
        'abre', 'pide', 'pregunta', 'dile', 'inicia', 'empieza', 'comienza', 'lanza', 'carga', 'usa', 'activa', 'habilita', 'juega'];
      for (const word of invocationName.split(' ')) expect(forbidden).not.toContain(word);
      expect(listing.name.toLowerCase()).toBe(invocationName);
    });
  });

  it('answers CanFulfillIntentRequest (name-free) and declares the screen interface only if the code renders screens', () => {
    const interfaces = (manifest.apis.custom.interfaces ?? []).map((entry: Json) => entry.type as string);
    expect(interfaces).toContain('CAN_FULFILL_INTENT_REQUEST');
    expect(codeText).toContain("'CanFulfillIntentRequest'");
    const rendersApl = codeText.includes('Alexa.Presentation.APL.RenderDocument');
    expect(interfaces.includes('ALEXA_PRESENTATION_APL')).toBe(rendersApl);
  });

  it('declares every launched task with an OpenAPI definition of one POST path', () => {
    const tasks = manifest.apis.custom.tasks as Array<{ name: string; version: string }>;
    // The task the skill's LAUNCH_TASK timers name (lambda/alexa/timers.ts).
    expect(tasks).toEqual(expect.arrayContaining([{ name: SESSION_TASK, version: SESSION_TASK_VERSION }]));
    const files = readdirSync(path.join(PACKAGE, 'tasks')).sort();
    expect(files).toEqual(tasks.map((task) => `${task.name}.${task.version}.json`).sort());
    for (const task of tasks) {
      const definition = readJson(path.join(PACKAGE, 'tasks', `${task.name}.${task.version}.json`));
      expect(definition.openapi).toMatch(/^3\./);
      expect(definition.info.version).toBe(task.version);
      expect(Object.keys(definition.paths)).toEqual([`/${task.name}`]);
      const operations = Object.keys(definition.paths[`/${task.name}`]).filter((key) => ['get', 'put', 'post', 'delete', 'patch'].includes(key));
      expect(operations).toEqual(['post']);
      const schemaRef: string = definition.paths[`/${task.name}`].post.requestBody.content['application/json'].schema.$ref;
      const schema = definition.components.schemas[schemaRef.replace('#/components/schemas/', '')];
      expect(schema.type).toBe('object');
      for (const example of Object.values(definition.paths[`/${task.name}`].post.requestBody.content['application/json'].examples ?? {}) as Json[]) {
        for (const key of schema.required ?? []) expect(example.value).toHaveProperty(key);
      }
    }
  });

  it('keeps every task to the skill itself (vendor-private: no other skill may start it)', () => {
    for (const task of manifest.apis.custom.tasks as Array<{ name: string; version: string }>) {
      const definition = readJson(path.join(PACKAGE, 'tasks', `${task.name}.${task.version}.json`));
      expect(definition.info['x-amzn-alexa-access-scope']).toBe('vendor-private');
    }
  });

  it('describes the ice-session task input the timer sends: a session id and ice or heat', () => {
    const definition = readJson(path.join(PACKAGE, 'tasks', 'IceSessionEnded.1.json'));
    const input = definition.components.schemas.Input;
    expect(input.required).toEqual(expect.arrayContaining(['sessionId', 'kind']));
    expect(input.properties.sessionId.type).toBe('string');
    expect(input.properties.kind.enum).toEqual(['ice', 'heat']);
  });

  it('declares the compliance flags of the HEALTH_RECORDS mode the stack deploys (ask-resources.json), for every locale', () => {
    const compliance = manifest.privacyAndCompliance as Json;
    const mode = askResources.profiles.default.skillInfrastructure.userConfig.cfn.parameters.HealthRecords as HealthRecords;
    expect(HEALTH_RECORDS_MODES).toContain(mode);
    const { locales, ...flags } = compliance;
    expect(flags).toEqual(complianceFlags(mode));
    expect(Object.keys(locales).sort()).toEqual(publishedLocales);
    for (const entry of Object.values(compliance.locales) as Json[]) {
      if (entry.privacyPolicyUrl !== undefined) expect(entry.privacyPolicyUrl).toMatch(/^https:\/\//);
    }
  });

  it('subscribes to SKILL_DISABLED (through ask-resources.json, which adds it with the endpoint) and handles it', () => {
    const events = askResources.profiles.default.skillInfrastructure.userConfig.skillEvents;
    expect(events.subscriptions).toEqual(['SKILL_DISABLED']);
    expect(SKILL_DISABLED).toBe('AlexaSkillEvent.SkillDisabled');
    // After a deploy, ASK CLI has written the subscription and the endpoint into skill.json itself.
    if (manifest.events) {
      expect(manifest.events.subscriptions).toEqual([{ eventName: 'SKILL_DISABLED' }]);
      expect(manifest.events.endpoint?.uri).toBeDefined();
    }
  });
});

describe('the interaction models of every locale', () => {
  const reference = loadModel('en-US').interactionModel.languageModel;
  const shape = (locale: string) =>
    loadModel(locale)
      .interactionModel.languageModel.intents.map((intent) => `${intent.name}(${(intent.slots ?? []).map((slot) => `${slot.name}:${slot.type}`).join(',')})`)
      .sort();

  it.each(listLocales())('%s has every intent and slot the en-US model has', (locale) => {
    expect(shape(locale)).toEqual(shape('en-US'));
    const ids = (language: typeof reference) =>
      (language.types ?? []).map((type) => `${type.name}:${(type.values ?? []).map((value) => value.id ?? value.name.value).sort().join('|')}`).sort();
    expect(ids(loadModel(locale).interactionModel.languageModel)).toEqual(ids(reference));
  });

  it.each(listLocales())('%s has every intent the code handles', (locale) => {
    const names = new Set(loadModel(locale).interactionModel.languageModel.intents.map((intent) => intent.name));
    const inCode = new Set([...codeText.matchAll(/'((?:AMAZON\.)?[A-Z][A-Za-z]*Intent)'/g)].map((match) => match[1]));
    // Intents served before the model ships them (planned in the model source) are sent as envelopes until then.
    for (const intent of [...inCode, ...NAME_FREE_INTENTS].filter((name) => !PLANNED_INTENTS.includes(name))) expect(names).toContain(intent);
  });
});

describe('the content of every locale', () => {
  const contentDir = path.join(ROOT, 'content', 'locales');
  const leafPaths = (value: unknown, prefix = ''): string[] =>
    typeof value === 'object' && value !== null && !Array.isArray(value)
      ? Object.entries(value).flatMap(([key, child]) => leafPaths(child, prefix ? `${prefix}.${key}` : key))
      : [prefix];
  const files = (locale: string) => readdirSync(path.join(contentDir, locale)).filter((name) => name.endsWith('.json')).sort();

  const keys = (l: string, file: string) => leafPaths(readJson(path.join(contentDir, l, file))).sort();

  it.each(publishedLocales.filter((locale) => baseLocaleOf(locale) === locale))('%s, a base locale, has every content file and key en-US has', (locale) => {
    expect(files(locale)).toEqual(files('en-US'));
    for (const file of files('en-US')) expect(keys(locale, file)).toEqual(keys('en-US', file));
  });

  // A regional variant (en-GB of en-US, ...) holds only what differs from its base; the rest falls back to the base.
  it.each(publishedLocales.filter((locale) => baseLocaleOf(locale) !== locale))('%s, a variant, overrides only files and keys its base has', (locale) => {
    const base = baseLocaleOf(locale);
    expect(publishedLocales).toContain(base);
    for (const file of files(locale)) {
      expect(files(base)).toContain(file);
      const baseKeys = new Set(keys(base, file));
      expect(keys(locale, file).filter((key) => !baseKeys.has(key))).toEqual([]);
    }
  });
});


/** The mode the repository's own package is built for (what `ask deploy` would deploy now). */
const deployedMode = askResources.profiles.default.skillInfrastructure.userConfig.cfn.parameters.HealthRecords as HealthRecords;

/** A temporary project with what packaging reads: models, the manifest, ask-resources.json and the icon drawing. */
function packagingSources(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'package-skill-'));
  cpSync(path.join(ROOT, 'interaction-models'), path.join(root, 'interaction-models'), { recursive: true });
  cpSync(path.join(ROOT, 'icons'), path.join(root, 'icons'), { recursive: true });
  mkdirSync(path.join(root, 'skill-package'), { recursive: true });
  copyFileSync(path.join(PACKAGE, 'skill.json'), path.join(root, 'skill-package', 'skill.json'));
  copyFileSync(path.join(ROOT, 'ask-resources.json'), path.join(root, 'ask-resources.json'));
  return root;
}

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe(true);
  expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe('packaging (scripts/package-skill.js): interaction-models/ is the one source', () => {
  let root: string;
  beforeEach(() => {
    root = packagingSources();
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('copies each model byte for byte to interactionModels/custom/<locale>.json', () => {
    const result = packageSkill({ root });
    expect(result.locales).toEqual(publishedLocales);
    for (const locale of publishedLocales) {
      const built = readFileSync(path.join(root, 'skill-package', 'interactionModels', 'custom', `${locale}.json`));
      expect(built.equals(readFileSync(path.join(ROOT, 'interaction-models', `${locale}.json`)))).toBe(true);
    }
    expect(readdirSync(path.join(root, 'skill-package', 'interactionModels', 'custom')).sort()).toEqual(publishedLocales.map((l) => `${l}.json`));
  });

  it('replaces a stale copy and removes the copy of a locale that is gone', () => {
    const custom = path.join(root, 'skill-package', 'interactionModels', 'custom');
    mkdirSync(custom, { recursive: true });
    writeFileSync(path.join(custom, 'en-US.json'), '{"stale": true}');
    writeFileSync(path.join(custom, 'fr-FR.json'), '{}');
    packageSkill({ root });
    expect(readdirSync(custom).sort()).toEqual(publishedLocales.map((l) => `${l}.json`));
    expect(readFileSync(path.join(custom, 'en-US.json'), 'utf8')).toBe(readFileSync(path.join(ROOT, 'interaction-models', 'en-US.json'), 'utf8'));
  });

  it('refuses a model without a publishing entry, and a publishing entry without a model', () => {
    // Locales the skill does not publish (the real ones all have both).
    copyFileSync(path.join(root, 'interaction-models', 'en-US.json'), path.join(root, 'interaction-models', 'en-ZA.json'));
    expect(() => packageSkill({ root })).toThrow(/interaction-models\/ has en-ZA but skill.json does not publish it/);
    rmSync(path.join(root, 'interaction-models', 'en-ZA.json'));
    const file = path.join(root, 'skill-package', 'skill.json');
    const edited = readJson(file);
    edited.manifest.publishingInformation.locales['en-NZ'] = edited.manifest.publishingInformation.locales['en-US'];
    writeFileSync(file, JSON.stringify(edited));
    expect(() => packageSkill({ root })).toThrow(/publishes en-NZ but interaction-models\/ has no model/);
  });

  it('refuses a model that is out of date with its model source, and a variant out of date with it (scripts/locale-models.js)', () => {
    const variants = readdirSync(path.join(root, 'interaction-models', 'variants')).filter((name) => name.endsWith('.json'));
    expect(variants.length).toBeGreaterThan(0);
    const locale = path.basename(variants[0], '.json');
    const base = readJson(path.join(root, 'interaction-models', 'variants', variants[0])).base as string;
    const sourceFile = path.join(root, 'interaction-models', 'source', `${base}.txt`);
    writeFileSync(sourceFile, readFileSync(sourceFile, 'utf8').replace(/^(intent \S+.*)$/m, '$1\na sample added to the source only'));
    expect(() => packageSkill({ root })).toThrow(new RegExp(`interaction-models/${base}\\.json.*interaction-models/${locale}\\.json.*out of date.*npm run models`));
  });

  it('refuses a base model edited by hand instead of through its source', () => {
    const baseFile = path.join(root, 'interaction-models', 'en-US.json');
    const edited = readJson(baseFile);
    edited.interactionModel.languageModel.intents[0].samples.push('a sample added to the base only');
    writeFileSync(baseFile, `${JSON.stringify(edited, null, 2)}\n`);
    expect(() => packageSkill({ root })).toThrow(/interaction-models\/en-US\.json.*out of date.*npm run models/);
  });

  it('writes the privacy policy URL, a deploy-time setting, into every locale and keeps the rest of skill.json', () => {
    const file = path.join(root, 'skill-package', 'skill.json');
    const before = readJson(file);
    packageSkill({ root, privacyPolicyUrl: 'https://example.org/back-relief-coach/privacy', healthRecords: deployedMode });
    const after = readJson(file);
    for (const locale of publishedLocales) {
      expect(after.manifest.privacyAndCompliance.locales[locale].privacyPolicyUrl).toBe('https://example.org/back-relief-coach/privacy');
    }
    delete after.manifest.privacyAndCompliance.locales;
    delete before.manifest.privacyAndCompliance.locales;
    expect(after).toEqual(before);
  });

  it('refuses a privacy policy URL that is not https', () => {
    expect(() => packageSkill({ root, privacyPolicyUrl: 'http://example.org/privacy' })).toThrow(/https/);
    expect(() => packageSkill({ root, privacyPolicyUrl: 'privacy.md' })).toThrow(/not a URL/);
  });

  it('is what ask-resources.json deploys: the package folder, with its generated copies git-ignored', () => {
    expect(askResources.profiles.default.skillMetadata.src).toBe('./skill-package');
    expect(existsSync(path.join(ROOT, 'skill-package', 'skill.json'))).toBe(true);
    expect(readFileSync(path.join(ROOT, '.gitignore'), 'utf8')).toMatch(/^skill-package\/interactionModels\/$/m);
    expect(readFileSync(path.join(ROOT, '.gitignore'), 'utf8')).toMatch(/^skill-package\/assets\/images\/$/m);
    const pkg = readJson(path.join(ROOT, 'package.json'));
    expect(pkg.scripts.package).toBe('node scripts/package-skill.js');
    expect(pkg.scripts.postinstall).toContain('scripts/package-skill.js');
    // npm ci renders the icons and copies the models, so a fresh clone has a whole package.
    expect(pkg.devDependencies['@resvg/resvg-js']).toBeDefined();
  });

  it('writes the terms of use URL into every locale too, and refuses one that is not https', () => {
    packageSkill({ root, termsOfUseUrl: 'https://example.org/back-relief-coach/terms' });
    const locales = readJson(path.join(root, 'skill-package', 'skill.json')).manifest.privacyAndCompliance.locales as Json;
    for (const locale of publishedLocales) expect(locales[locale].termsOfUseUrl).toBe('https://example.org/back-relief-coach/terms');
    expect(() => packageSkill({ root, termsOfUseUrl: 'http://example.org/terms' })).toThrow(/TERMS_OF_USE_URL must be an https URL/);
  });

  it('renders icons/icon.svg to the two PNG sizes Amazon asks for, named in every locale', () => {
    const result = packageSkill({ root });
    expect(ICONS.map((icon) => [icon.field, icon.size])).toEqual([['smallIconUri', 108], ['largeIconUri', 512]]);
    for (const icon of ICONS) {
      const png = readFileSync(path.join(root, 'skill-package', icon.file));
      expect(pngSize(png)).toEqual({ width: icon.size, height: icon.size });
      expect(result.icons).toContain(path.join(root, 'skill-package', icon.file));
    }
    const listings = readJson(path.join(root, 'skill-package', 'skill.json')).manifest.publishingInformation.locales as Json;
    for (const locale of publishedLocales) {
      for (const icon of ICONS) expect(listings[locale][icon.field]).toBe(`file://${icon.file}`);
    }
  });

  it('draws the icon from a source with no text (no fonts, the same pixels everywhere)', () => {
    const svg = readFileSync(path.join(ROOT, 'icons', 'icon.svg'), 'utf8');
    expect(svg).toMatch(/^<svg [^>]*viewBox="0 0 512 512"/);
    expect(svg).not.toMatch(/<text|<image|href=/);
  });

  it('with --check writes nothing and names what is out of date, then nothing once packaged', () => {
    const before = readFileSync(path.join(root, 'skill-package', 'skill.json'), 'utf8');
    const check = packageSkill({ root, check: true });
    expect(check.stale).toEqual(expect.arrayContaining([
      'skill-package/interactionModels/custom/en-US.json',
      'skill-package/assets/images/icon-108.png',
      'skill-package/assets/images/icon-512.png',
    ]));
    expect(existsSync(path.join(root, 'skill-package', 'interactionModels'))).toBe(false);
    expect(existsSync(path.join(root, 'skill-package', 'assets'))).toBe(false);
    expect(readFileSync(path.join(root, 'skill-package', 'skill.json'), 'utf8')).toBe(before);

    packageSkill({ root });
    expect(packageSkill({ root, check: true }).stale).toEqual([]);
    // A redrawn icon makes the package stale again.
    writeFileSync(path.join(root, 'icons', 'icon.svg'), readFileSync(path.join(root, 'icons', 'icon.svg'), 'utf8').replace('#1B3350', '#1B3351'));
    expect(packageSkill({ root, check: true }).stale).toEqual(['skill-package/assets/images/icon-108.png', 'skill-package/assets/images/icon-512.png']);
  });

  it('checks against the mode it packaged unless HEALTH_RECORDS says otherwise, and against a changed privacy URL', () => {
    packageSkill({ root, healthRecords: 'off' });
    expect(packageSkill({ root, check: true })).toMatchObject({ healthRecords: 'off', stale: [] });
    expect(packageSkill({ root, check: true, healthRecords: 'off' }).stale).toEqual([]);
    expect(packageSkill({ root, check: true, healthRecords: 'consent' }).stale).toEqual(['skill-package/skill.json', 'ask-resources.json']);
    expect(packageSkill({ root, check: true, privacyPolicyUrl: 'https://example.org/privacy' }).stale).toEqual(['skill-package/skill.json']);
  });
});

describe.each(HEALTH_RECORDS_MODES)('the skill package with HEALTH_RECORDS=%s', (mode) => {
  let root: string;
  let packaged: Json;
  let resources: Json;
  beforeAll(() => {
    root = packagingSources();
    packageSkill({ root, healthRecords: mode, privacyPolicyUrl: 'https://example.org/back-relief-coach/privacy' });
    packaged = readJson(path.join(root, 'skill-package', 'skill.json'));
    resources = readJson(path.join(root, 'ask-resources.json'));
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('is a valid skill manifest', () => {
    const validate = smapiValidator('v1.skill.Manifest.SkillManifestEnvelope');
    expect(validate(packaged) ? [] : validate.errors).toEqual([]);
  });

  it('declares what is true in this mode: personal information only when health details may be kept', () => {
    const { locales, ...flags } = packaged.manifest.privacyAndCompliance as Json;
    expect(flags).toEqual({
      allowsPurchases: false,
      usesPersonalInfo: mode === 'consent',
      // Only a HIPAA covered entity or business associate under Amazon's BAA may say true (README, Deploy).
      usesHealthInfo: false,
      isChildDirected: false,
      isExportCompliant: true,
      containsAds: false,
    });
    for (const locale of publishedLocales) expect(locales[locale]).toEqual({ privacyPolicyUrl: 'https://example.org/back-relief-coach/privacy' });
  });

  it('deploys the Lambda in the same mode (the stack parameter that becomes HEALTH_RECORDS)', () => {
    expect(resources.profiles.default.skillInfrastructure.userConfig.cfn.parameters.HealthRecords).toBe(mode);
    const rest = structuredClone(resources);
    delete rest.profiles.default.skillInfrastructure.userConfig.cfn;
    const real = structuredClone(askResources);
    delete real.profiles.default.skillInfrastructure.userConfig.cfn;
    expect(rest).toEqual(real);
  });

  it('changes nothing else in skill.json', () => {
    const rest = structuredClone(packaged);
    const real = structuredClone(skillJson);
    for (const json of [rest, real]) delete json.manifest.privacyAndCompliance;
    expect(rest).toEqual(real);
  });

  it('passes the build hook check in this mode', () => {
    expect(packageSkill({ root, check: true, healthRecords: mode }).stale).toEqual([]);
  });
});
