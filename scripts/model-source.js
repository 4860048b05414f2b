'use strict';
/**
 * Reads a model source (interaction-models/source/<locale>.txt) and builds the locale's interaction model from it.
 * The syntax is described at the top of interaction-models/source/en-US.txt; in short:
 *
 *   invocation back relief coach       the invocation name
 *   max 150                            the most samples an intent gets (default 150)
 *   @iHave = (i have|i've got)         a named phrase, used in templates as <iHave>
 *   intent PainReportIntent            an intent; the lines below it are its slots and templates
 *   intent OsteoporosisIntent planned  written but not shipped: skipped here, reported as skipped by `npm run nlu`
 *   slot painScore AMAZON.NUMBER       a slot of the intent above
 *   my pain is [about] (a|) {painScore}  a template: (a|b) one of, [a] optional, <name> a phrase, {slot} a slot
 *   !i (can't|cannot) pee              a template whose every sentence is kept (the core ways of saying it)
 *   type CareSessionKind               a custom slot type; its lines are `ID: value | synonym | synonym`
 *
 * Each template expands to every sentence it can make. When an intent's templates make more than its cap, each
 * template keeps one sentence, then gets a fair share of the rest (small templates keep all theirs) and takes its
 * shortest sentences and evenly spaced others of its expansion,
 * so the choice is deterministic and spread over the alternatives. A sentence in two intents is an error (Alexa
 * rejects a model with one), and so is a sample over Amazon's 200-character limit.
 *
 * Plain Node, no dependencies.
 */

const DEFAULT_MAX = 150;
/** Amazon's limit for one sample utterance. */
const MAX_SAMPLE_CHARACTERS = 200;

function fold(text) {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}

/** The source as data: { invocationName, max, phrases, intents: [{ name, planned, max, slots, templates }], types }. */
function parseSource(text, name = 'source') {
  const source = { invocationName: undefined, max: DEFAULT_MAX, phrases: {}, intents: [], types: [] };
  let current;
  const problems = [];
  text.split('\n').forEach((raw, index) => {
    const line = raw.replace(/\s+#.*$/, '').trim();
    const where = `${name}:${index + 1}`;
    if (line === '' || line.startsWith('#')) return;
    let match;
    if ((match = /^invocation\s+(.+)$/.exec(line))) {
      source.invocationName = match[1];
      current = undefined;
    } else if ((match = /^max\s+(\d+)$/.exec(line))) {
      source.max = Number(match[1]);
    } else if ((match = /^@([A-Za-z][A-Za-z0-9]*)\s*=\s*(.+)$/.exec(line))) {
      if (source.phrases[match[1]] !== undefined) problems.push(`${where}: phrase <${match[1]}> defined twice`);
      source.phrases[match[1]] = match[2];
      current = undefined;
    } else if ((match = /^intent\s+(\S+)((?:\s+\S+)*)$/.exec(line))) {
      const flags = match[2].trim().split(/\s+/).filter(Boolean);
      const intent = { name: match[1], planned: false, max: undefined, slots: [], templates: [], line: index + 1 };
      for (const flag of flags) {
        if (flag === 'planned') intent.planned = true;
        else if (/^max=\d+$/.test(flag)) intent.max = Number(flag.slice(4));
        else problems.push(`${where}: unknown intent flag "${flag}"`);
      }
      if (source.intents.some((other) => other.name === intent.name)) problems.push(`${where}: intent ${intent.name} defined twice`);
      source.intents.push(intent);
      current = { kind: 'intent', intent };
    } else if ((match = /^slot\s+(\S+)\s+(\S+)$/.exec(line)) && current?.kind === 'intent') {
      current.intent.slots.push({ name: match[1], type: match[2] });
    } else if ((match = /^type\s+(\S+)$/.exec(line))) {
      const type = { name: match[1], values: [] };
      source.types.push(type);
      current = { kind: 'type', type };
    } else if (current?.kind === 'type' && (match = /^([A-Za-z_][A-Za-z0-9_]*):\s*(.+)$/.exec(line))) {
      const [value, ...synonyms] = match[2].split('|').map((word) => word.trim()).filter(Boolean);
      current.type.values.push({ id: match[1], name: synonyms.length > 0 ? { value, synonyms } : { value } });
    } else if (current?.kind === 'intent') {
      current.intent.templates.push(line);
    } else {
      problems.push(`${where}: cannot read "${line}"`);
    }
  });
  if (source.invocationName === undefined) problems.push(`${name}: no invocation name`);
  if (problems.length > 0) throw new Error(problems.join('\n'));
  return source;
}

/** Every sentence a template makes, in order. */
function expand(template, phrases, seen = []) {
  let position = 0;
  function sequence(stop) {
    // A sequence is a list of alternatives-lists; its sentences are their product.
    let results = [''];
    while (position < template.length && !stop.includes(template[position])) {
      const char = template[position];
      let options;
      if (char === '(' || char === '[') {
        position++;
        options = alternatives(char === '(' ? ')' : ']');
        if (char === '[') options = [...options, ''];
      } else if (char === '<') {
        const end = template.indexOf('>', position);
        if (end < 0) throw new Error(`unclosed <phrase> in "${template}"`);
        const name = template.slice(position + 1, end);
        if (phrases[name] === undefined) throw new Error(`unknown phrase <${name}> in "${template}"`);
        if (seen.includes(name)) throw new Error(`phrase <${name}> refers to itself`);
        options = expand(phrases[name], phrases, [...seen, name]);
        position = end + 1;
      } else {
        let end = position;
        while (end < template.length && !'([<|)]'.includes(template[end])) end++;
        options = [template.slice(position, end)];
        position = end;
      }
      const next = [];
      for (const head of results) for (const tail of options) next.push(head + tail);
      results = next;
    }
    return results;
  }
  function alternatives(close) {
    const all = [];
    for (;;) {
      all.push(...sequence(['|', close]));
      if (position >= template.length) throw new Error(`unclosed group in "${template}"`);
      const char = template[position++];
      if (char === close) return all;
    }
  }
  const result = sequence([]);
  if (position < template.length) throw new Error(`unexpected "${template[position]}" in "${template}"`);
  // A phrase keeps its edge spaces (`@hedge = [(oh no|um) ]` glues to the next word); a whole sentence does not.
  if (seen.length > 0) return result;
  // "i ('ve|have) had": an alternative that starts with an apostrophe joins the word before it ("i've had").
  return result.map((sentence) => sentence.replace(/\s+/g, ' ').replace(/ '/g, "'").trim()).filter((sentence) => sentence.length > 0);
}

/**
 * Shares of `cap` for lists of these sizes, in proportion to the square root of each size (a template that makes
 * many sentences covers more ways of saying it, but should not crowd out the small ones); a list never gets more than
 * it has, and what it cannot use goes to the others.
 */
function shares(sizes, cap) {
  // Every template first keeps one sentence (its most typical), so a one-line sample is never crowded out by big
  // templates; what is left is shared.
  const first = sizes.filter((size) => size > 0).length <= cap;
  const quota = sizes.map((size) => (first && size > 0 ? 1 : 0));
  let left = Math.min(cap, sizes.reduce((sum, size) => sum + size, 0)) - quota.reduce((sum, count) => sum + count, 0);
  while (left > 0) {
    const open = sizes.map((size, index) => index).filter((index) => quota[index] < sizes[index]);
    const weight = open.reduce((sum, index) => sum + Math.sqrt(sizes[index]), 0);
    let given = 0;
    for (const index of open) {
      const take = Math.min(sizes[index] - quota[index], Math.max(1, Math.floor((left * Math.sqrt(sizes[index])) / weight)), left - given);
      quota[index] += take;
      given += take;
      if (given === left) break;
    }
    left -= given;
  }
  return quota;
}

/**
 * `count` items of a template's sentences: half of them the shortest (the plain core of the template, what people
 * say most), the rest evenly spaced over the others (the variety of carriers, hedges and optional words).
 */
function spread(list, count) {
  if (count >= list.length) return list;
  const byLength = list.map((sentence, index) => ({ sentence, index })).sort((a, b) => a.sentence.length - b.sentence.length || a.index - b.index);
  const core = new Set(byLength.slice(0, Math.ceil(count / 2)).map((entry) => entry.index));
  const rest = list.map((_, index) => index).filter((index) => !core.has(index));
  const extra = count - core.size;
  for (let i = 0; i < extra; i++) core.add(rest[Math.floor((i * rest.length) / extra)]);
  return list.filter((_, index) => core.has(index));
}

/**
 * The intent's samples: each template's sentences within the cap. A sentence two templates make belongs to a "!"
 * template if one makes it, else to the smaller one, so a one-sentence template always keeps its sentence.
 */
function intentSamples(intent, source) {
  const cap = intent.max ?? source.max;
  // "!template": keep every sentence it makes (the core ways of saying it); the others share what is left.
  const whole = intent.templates.map((template) => template.startsWith('!'));
  const expansions = intent.templates.map((template) => expand(template.replace(/^!\s*/, ''), source.phrases));
  const owner = new Map();
  expansions
    .map((list, index) => ({ list, index }))
    // A "!" template owns what it makes (its sentences are all kept); then the smaller template owns a shared one.
    .sort((a, b) => Number(whole[b.index]) - Number(whole[a.index]) || a.list.length - b.list.length || a.index - b.index)
    .forEach(({ list, index }) => {
      for (const sentence of list) if (!owner.has(fold(sentence))) owner.set(fold(sentence), index);
    });
  const lists = expansions.map((list, index) => {
    const seen = new Set();
    return list.filter((sentence) => {
      const key = fold(sentence);
      if (owner.get(key) !== index || seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  });
  const kept = lists.reduce((sum, list, index) => sum + (whole[index] ? list.length : 0), 0);
  if (kept > cap) throw new Error(`its "!" templates make ${kept} sentences, over its cap of ${cap}`);
  const quota = shares(
    lists.map((list, index) => (whole[index] ? 0 : list.length)),
    cap - kept,
  );
  return lists.flatMap((list, index) => (whole[index] ? list : spread(list, quota[index])));
}

/**
 * The interaction model of a source, and what it skipped.
 * @returns {{ model: any, planned: string[], samples: Record<string, string[]> }}
 */
function buildModel(source, name = 'source') {
  const problems = [];
  const owner = new Map();
  const intents = [];
  const planned = [];
  const samples = {};
  for (const intent of source.intents) {
    let list;
    try {
      list = intentSamples(intent, source);
    } catch (error) {
      problems.push(`${name}: ${intent.name}: ${error.message}`);
      continue;
    }
    samples[intent.name] = list;
    if (intent.planned) {
      planned.push(intent.name);
      continue;
    }
    for (const sample of list) {
      if (sample.length > MAX_SAMPLE_CHARACTERS) problems.push(`${name}: ${intent.name}: "${sample}" is over ${MAX_SAMPLE_CHARACTERS} characters`);
      const key = fold(sample);
      const other = owner.get(key);
      if (other && other !== intent.name) problems.push(`${name}: "${sample}" is in ${other} and ${intent.name}`);
      owner.set(key, intent.name);
    }
    const entry = { name: intent.name };
    if (intent.slots.length > 0) entry.slots = intent.slots.map((slot) => ({ name: slot.name, type: slot.type }));
    entry.samples = list;
    intents.push(entry);
  }
  // A planned intent's sentences must not collide with a shipped one either: it ships later.
  for (const intentName of planned) {
    for (const sample of samples[intentName]) {
      const other = owner.get(fold(sample));
      if (other) problems.push(`${name}: "${sample}" (planned ${intentName}) is in ${other}`);
    }
  }
  if (problems.length > 0) throw new Error(problems.join('\n'));
  const languageModel = { invocationName: source.invocationName, intents };
  if (source.types.length > 0) languageModel.types = source.types;
  return { model: { interactionModel: { languageModel } }, planned, samples };
}

module.exports = { parseSource, expand, buildModel, intentSamples, DEFAULT_MAX, MAX_SAMPLE_CHARACTERS };
