#!/usr/bin/env node
/**
 * Builds every interaction model: first each base model (en-US, es-ES) from its model source
 * (interaction-models/source/<locale>.txt, templates expanded by scripts/model-source.js), then the models of
 * regional variants (en-GB, en-CA, en-AU, en-IN, es-US, ...) from their base model.
 *
 * A variant's model is its base's model (interaction-models/<base>.json, e.g. en-US) plus what people in that
 * country say differently, written down in interaction-models/variants/<locale>.json:
 *
 *   {
 *     "base": "en-US",
 *     "phrases": { "emergencyNumber": "nine nine nine" },
 *     "intents": { "SeeDoctorIntent": { "remove": ["should i call nine one one"], "add": ["should i (call|ring) nine nine nine"] } },
 *     "types": { "CareSessionKind": { "HEAT": { "add": ["heat pack"] } } }
 *   }
 *
 * `phrases` gives the variant's own words for named phrases of the base's model source (interaction-models/source/),
 * and the base is expanded again with them: the emergency number and the emergency room differ by country.
 * Removed samples and synonyms are dropped from the base's lists, added ones go at the end (an added sample may be a
 * template of the model source's syntax, without named phrases: "i('ve| have) weed myself" adds both sentences); intents, slots, slot
 * types and value ids always stay the base's (the handlers rely on the names). Anything stale is an error rather
 * than silently ignored: removing a sample or synonym the base no longer has, adding a synonym it already has, or naming
 * an intent, type or value id it doesn't have. So when the base model changes, every variant follows it, and a
 * change that makes a variant's overrides meaningless stops the build instead of shipping a drifted model.
 *
 * The generated interaction-models/<locale>.json files are committed (they are what scripts/package-skill.js copies
 * and what the tests load); never edit them by hand. After changing a model source or a variant file run
 *
 *   npm run models            (writes interaction-models/<locale>.json for every base and variant)
 *   npm run models -- --check (writes nothing; exits 1 naming each model that is out of date)
 *
 * Plain Node, no dependencies (like scripts/package-skill.js, which refuses to package an out-of-date model).
 */
'use strict';

const fs = require('node:fs');
const path = require('node:path');

const { parseSource, buildModel, expand } = require('./model-source.js');

const ROOT = path.resolve(__dirname, '..');

/** What Alexa would treat as the same phrase: case and spacing don't count. */
function fold(text) {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}

/** The base list without `remove`, then `add`; every removal must exist and every addition must be new. */
function editList(list, edit, where, problems) {
  const remove = edit.remove ?? [];
  const add = edit.add ?? [];
  const present = new Set(list.map(fold));
  for (const item of remove) if (!present.has(fold(item))) problems.push(`${where}: cannot remove "${item}", the base does not have it`);
  const removed = new Set(remove.map(fold));
  const kept = list.filter((item) => !removed.has(fold(item)));
  const seen = new Set(kept.map(fold));
  for (const item of add) {
    if (present.has(fold(item)) && !removed.has(fold(item))) problems.push(`${where}: "${item}" is already in the base`);
    else if (seen.has(fold(item))) problems.push(`${where}: "${item}" is added twice`);
    seen.add(fold(item));
  }
  return [...kept, ...add];
}

/**
 * The variant's model: a pure function of the base model and the variant file.
 * @param {any} baseModel the parsed interaction-models/<base>.json
 * @param {any} variant the parsed interaction-models/variants/<locale>.json
 * @param {string} [name] for messages
 * @returns {any}
 */
function buildVariantModel(baseModel, variant, name = 'variant') {
  const model = JSON.parse(JSON.stringify(baseModel));
  const language = model.interactionModel.languageModel;
  const problems = [];
  const known = new Set(['base', 'invocationName', 'phrases', 'intents', 'types', '$comment']);
  for (const key of Object.keys(variant)) if (!known.has(key)) problems.push(`${name}: unknown field "${key}"`);

  if (variant.invocationName !== undefined) language.invocationName = variant.invocationName;

  for (const [intentName, edit] of Object.entries(variant.intents ?? {})) {
    const intent = language.intents.find((candidate) => candidate.name === intentName);
    if (!intent) {
      problems.push(`${name}: the base has no intent ${intentName}`);
      continue;
    }
    // An added sample may be a template ("i (can't|cannot) wee"): it adds every sentence it makes that the base does
    // not already have. (A base made from templates picks its samples from many sentences, so a variant's sentence
    // may come and go in the base; it is then simply not added twice.)
    const inBase = new Set((intent.samples ?? []).map(fold));
    const fromTemplates = new Set();
    const added = (edit.add ?? []).flatMap((template) => {
      if (!/[([]/.test(template)) return inBase.has(fold(template)) ? [] : [template];
      return expand(template, {}).filter((sentence) => {
        const key = fold(sentence);
        if (inBase.has(key) || fromTemplates.has(key)) return false;
        fromTemplates.add(key);
        return true;
      });
    });
    const samples = editList(intent.samples ?? [], { ...edit, add: added }, `${name}: ${intentName}`, problems);
    if (samples.length > 0 || intent.samples !== undefined) intent.samples = samples;
  }

  for (const [typeName, values] of Object.entries(variant.types ?? {})) {
    const type = (language.types ?? []).find((candidate) => candidate.name === typeName);
    if (!type) {
      problems.push(`${name}: the base has no slot type ${typeName}`);
      continue;
    }
    for (const [id, edit] of Object.entries(values)) {
      const value = (type.values ?? []).find((candidate) => candidate.id === id);
      if (!value) {
        problems.push(`${name}: slot type ${typeName} has no value with id ${id}`);
        continue;
      }
      const synonyms = editList(value.name.synonyms ?? [], edit, `${name}: ${typeName}.${id}`, problems);
      // A synonym must not repeat the value itself.
      for (const synonym of edit.add ?? []) {
        if (fold(synonym) === fold(value.name.value)) problems.push(`${name}: ${typeName}.${id}: "${synonym}" is the value itself`);
      }
      if (synonyms.length > 0 || value.name.synonyms !== undefined) value.name.synonyms = synonyms;
    }
  }

  if (problems.length > 0) throw new Error(problems.join('\n'));
  return model;
}

/** The text of a model file, formatted as the base models are. */
function modelText(model) {
  return `${JSON.stringify(model, null, 2)}\n`;
}

/**
 * A source's model text, built once per process for the same source text: expanding every template takes about a
 * second, and one packaging run asks for the base models more than once. Callers get a fresh copy each time.
 */
const builtSources = new Map();
function built(sourceText, source, name) {
  const key = `${name}\n${sourceText}`;
  let entry = builtSources.get(key);
  if (!entry) {
    const { model, planned } = buildModel(source, `interaction-models/source/${name}`);
    entry = { text: modelText(model), planned };
    builtSources.set(key, entry);
  }
  return { text: entry.text, planned: [...entry.planned] };
}

/**
 * Every base model made from a source (interaction-models/source/<locale>.txt), and whether the committed file
 * matches it; `planned` names the intents the source marks as not yet shipped.
 * @param {{ root?: string }} [options]
 * @returns {Array<{ locale: string, file: string, text: string, model: any, planned: string[], upToDate: boolean }>}
 */
function baseModels(options = {}) {
  const root = options.root ?? ROOT;
  const modelsDir = path.join(root, 'interaction-models');
  const sourceDir = path.join(modelsDir, 'source');
  if (!fs.existsSync(sourceDir)) return [];
  return fs
    .readdirSync(sourceDir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => {
      const locale = path.basename(name, '.txt');
      const sourceText = fs.readFileSync(path.join(sourceDir, name), 'utf8');
      const source = parseSource(sourceText, `interaction-models/source/${name}`);
      const { text, planned } = built(sourceText, source, name);
      const model = JSON.parse(text);
      const file = path.join(modelsDir, `${locale}.json`);
      const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
      return { locale, file, text, model, planned, source, upToDate: current === text };
    });
}

/**
 * Every variant's generated model and whether the committed file matches it.
 * @param {{ root?: string }} [options]
 * @returns {Array<{ locale: string, base: string, file: string, text: string, upToDate: boolean }>}
 */
function variantModels(options = {}) {
  const root = options.root ?? ROOT;
  const modelsDir = path.join(root, 'interaction-models');
  const variantsDir = path.join(modelsDir, 'variants');
  if (!fs.existsSync(variantsDir)) return [];
  const bases = baseModels(options);
  return fs
    .readdirSync(variantsDir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => {
      const locale = path.basename(name, '.json');
      const variant = JSON.parse(fs.readFileSync(path.join(variantsDir, name), 'utf8'));
      const base = variant.base;
      if (typeof base !== 'string') throw new Error(`interaction-models/variants/${name} names no "base" locale`);
      if (base === locale) throw new Error(`interaction-models/variants/${name} names itself as its base`);
      if (fs.existsSync(path.join(variantsDir, `${base}.json`))) {
        throw new Error(`interaction-models/variants/${name}: its base ${base} is itself a variant; derive from a base model`);
      }
      // A base made from a source is taken as the source makes it, so a stale committed base cannot hide behind it.
      const fromSource = bases.find((entry) => entry.locale === base);
      const where = `interaction-models/variants/${name}`;
      let baseModel = fromSource ? fromSource.model : JSON.parse(fs.readFileSync(path.join(modelsDir, `${base}.json`), 'utf8'));
      if (variant.phrases !== undefined) {
        // The variant's own words for a named phrase of the source (the emergency number, the emergency room):
        // the base is made again from its source with them.
        if (!fromSource) throw new Error(`${where}: "phrases" needs a model source for ${base}`);
        const unknown = Object.keys(variant.phrases).filter((phrase) => fromSource.source.phrases[phrase] === undefined);
        if (unknown.length > 0) throw new Error(`${where}: the source of ${base} has no phrase ${unknown.map((p) => `<${p}>`).join(', ')}`);
        const phrases = { ...fromSource.source.phrases, ...variant.phrases };
        baseModel = buildModel({ ...fromSource.source, phrases }, where).model;
      }
      const text = modelText(buildVariantModel(baseModel, variant, where));
      const file = path.join(modelsDir, `${locale}.json`);
      const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
      return { locale, base, file, text, upToDate: current === text };
    });
}

/** Writes every out-of-date model, bases first; returns the locales written. */
function writeVariantModels(options = {}) {
  const written = [];
  for (const entry of [...baseModels(options), ...variantModels(options)]) {
    if (entry.upToDate) continue;
    fs.writeFileSync(entry.file, entry.text);
    written.push(entry.locale);
  }
  return written;
}

/** Locales whose committed model (base or variant) is not what the generator makes (empty when all are up to date). */
function staleVariantModels(options = {}) {
  return [...baseModels(options), ...variantModels(options)]
    .filter((entry) => !entry.upToDate)
    .map((entry) => entry.locale);
}

module.exports = { buildVariantModel, modelText, baseModels, variantModels, writeVariantModels, staleVariantModels };

if (require.main === module) {
  try {
    if (process.argv.includes('--check')) {
      const stale = staleVariantModels();
      if (stale.length > 0) {
        console.error(`locale-models: out of date: ${stale.map((l) => `interaction-models/${l}.json`).join(', ')}; run \`npm run models\``);
        process.exit(1);
      }
      console.log('locale-models: every model is up to date');
    } else {
      const written = writeVariantModels();
      console.log(written.length > 0 ? `locale-models: wrote ${written.map((l) => `interaction-models/${l}.json`).join(', ')}` : 'locale-models: nothing to do');
    }
  } catch (error) {
    console.error(`locale-models: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
