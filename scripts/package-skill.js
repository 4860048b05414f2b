#!/usr/bin/env node
/**
 * Completes the skill package that `ask deploy` uploads (skill-package/).
 *
 * - interaction-models/<locale>.json is the only source of the interaction models: each is copied byte for byte to
 *   skill-package/interactionModels/custom/<locale>.json (git-ignored, never edited by hand), and copies of
 *   locales that no longer exist are removed.
 * - The locales of skill.json's publishingInformation must be exactly the locales with a model, so a locale is
 *   added by adding interaction-models/<locale>.json, content/locales/<locale>/ and its publishingInformation entry.
 * - PRIVACY_POLICY_URL (an https URL where PRIVACY.md is published) is a deploy-time setting: when set, it is
 *   written into skill.json's privacyAndCompliance for every locale.
 *
 * Runs on `npm ci` (postinstall, with --if-possible: a problem is reported but does not fail the install), from
 * `npm run package`, and from hooks/build.sh during `ask deploy`. Plain Node, no dependencies, so it runs before
 * or without the dev dependencies.
 */
'use strict';

const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');

/**
 * @param {{ root?: string, packageDir?: string, privacyPolicyUrl?: string }} [options]
 * @returns {{ locales: string[], models: string[], privacyPolicyUrl?: string }}
 */
function packageSkill(options = {}) {
  const root = options.root ?? ROOT;
  const packageDir = options.packageDir ?? path.join(root, 'skill-package');
  const modelsDir = path.join(root, 'interaction-models');
  const manifestPath = path.join(packageDir, 'skill.json');
  const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8'));

  const published = Object.keys(manifest.manifest?.publishingInformation?.locales ?? {}).sort();
  const modelled = fs
    .readdirSync(modelsDir)
    .filter((name) => name.endsWith('.json'))
    .map((name) => path.basename(name, '.json'))
    .sort();
  const unmodelled = published.filter((locale) => !modelled.includes(locale));
  const unpublished = modelled.filter((locale) => !published.includes(locale));
  if (unmodelled.length > 0 || unpublished.length > 0) {
    throw new Error(
      [
        unmodelled.length > 0 ? `skill.json publishes ${unmodelled.join(', ')} but interaction-models/ has no model for it` : '',
        unpublished.length > 0 ? `interaction-models/ has ${unpublished.join(', ')} but skill.json does not publish it` : '',
      ]
        .filter(Boolean)
        .join('; '),
    );
  }

  const outDir = path.join(packageDir, 'interactionModels', 'custom');
  fs.mkdirSync(outDir, { recursive: true });
  const models = [];
  for (const locale of modelled) {
    const source = fs.readFileSync(path.join(modelsDir, `${locale}.json`));
    const parsed = JSON.parse(source.toString('utf8'));
    if (typeof parsed?.interactionModel?.languageModel?.invocationName !== 'string') {
      throw new Error(`interaction-models/${locale}.json has no interactionModel.languageModel.invocationName`);
    }
    const target = path.join(outDir, `${locale}.json`);
    if (!sameBytes(target, source)) fs.writeFileSync(target, source);
    models.push(target);
  }
  for (const name of fs.readdirSync(outDir)) {
    if (name.endsWith('.json') && !modelled.includes(path.basename(name, '.json'))) fs.rmSync(path.join(outDir, name));
  }

  const result = { locales: published, models };
  if (options.privacyPolicyUrl !== undefined && options.privacyPolicyUrl.trim() !== '') {
    const url = checkPolicyUrl(options.privacyPolicyUrl.trim());
    const compliance = (manifest.manifest.privacyAndCompliance ??= {});
    const locales = (compliance.locales ??= {});
    for (const locale of published) locales[locale] = { ...locales[locale], privacyPolicyUrl: url };
    writeIfChanged(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
    result.privacyPolicyUrl = url;
  }
  return result;
}

function checkPolicyUrl(text) {
  let url;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`PRIVACY_POLICY_URL is not a URL: ${text}`);
  }
  if (url.protocol !== 'https:') throw new Error(`PRIVACY_POLICY_URL must be an https URL, not ${url.protocol}`);
  return url.toString();
}

function sameBytes(file, bytes) {
  try {
    return fs.readFileSync(file).equals(bytes);
  } catch {
    return false;
  }
}

function writeIfChanged(file, text) {
  if (fs.readFileSync(file, 'utf8') !== text) fs.writeFileSync(file, text);
}

module.exports = { packageSkill };

if (require.main === module) {
  const ifPossible = process.argv.includes('--if-possible');
  try {
    const result = packageSkill({ privacyPolicyUrl: process.env.PRIVACY_POLICY_URL });
    const policy = result.privacyPolicyUrl ? `, privacy policy ${result.privacyPolicyUrl}` : ', no PRIVACY_POLICY_URL set';
    console.log(`skill-package: interaction models for ${result.locales.join(', ')}${policy}`);
  } catch (error) {
    console.error(`skill-package: ${error instanceof Error ? error.message : String(error)}`);
    if (!ifPossible) process.exit(1);
    console.error('skill-package: run `npm run package` before `ask deploy`');
  }
}
