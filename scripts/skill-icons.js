/**
 * The skill's store icons, rendered from the one drawing in the repository (icons/icon.svg) into the skill
 * package as the two PNG sizes Amazon asks for. skill.json names them as `file://assets/images/...`, paths inside
 * skill-package/ that ASK CLI uploads with the package. The PNGs are generated (git-ignored), never edited.
 */
'use strict';

const fs = require('node:fs');
const path = require('node:path');

/** Amazon's sizes: smallIconUri 108x108, largeIconUri 512x512 pixels, PNG. */
const ICONS = [
  { field: 'smallIconUri', size: 108, file: 'assets/images/icon-108.png' },
  { field: 'largeIconUri', size: 512, file: 'assets/images/icon-512.png' },
];

const ICON_SOURCE = path.join('icons', 'icon.svg');

/** The URI skill.json gives a packaged file: relative to skill-package/, as ASK CLI reads it. */
function fileUri(file) {
  return `file://${file}`;
}

/**
 * @param {string} root the project folder
 * @returns {Array<{ field: string, size: number, file: string, bytes: Buffer }>}
 */
function renderIcons(root) {
  let Resvg;
  try {
    ({ Resvg } = require('@resvg/resvg-js'));
  } catch {
    throw new Error('@resvg/resvg-js is not installed, so the icons cannot be rendered: run `npm ci` (with dev dependencies)');
  }
  const svg = fs.readFileSync(path.join(root, ICON_SOURCE));
  return ICONS.map((icon) => {
    // No text in the drawing, so no fonts: the same bytes on every machine.
    const image = new Resvg(svg, { fitTo: { mode: 'width', value: icon.size }, font: { loadSystemFonts: false } }).render();
    if (image.width !== icon.size || image.height !== icon.size) {
      throw new Error(`${ICON_SOURCE} must be square: it renders to ${image.width}x${image.height} at width ${icon.size}`);
    }
    return { ...icon, bytes: image.asPng() };
  });
}

module.exports = { ICONS, ICON_SOURCE, fileUri, renderIcons };
