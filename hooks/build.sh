#!/usr/bin/env bash
# ASK CLI v2 build hook. `ask deploy` copies code.default.src (./lambda) into .ask/ and runs, from that copy,
#   hooks/build.sh <zip path> <debug: true|false>
# and uploads the zip it leaves at <zip path>. The CLI cannot compile TypeScript, so this builds from the
# repository itself: type-check and bundle (lambda/dist/index.js), then zip the bundle.
#
# It never touches the skill package: the CLI read skill.json and uploaded skill-package/ before running this
# hook, so a package changed now would never reach Alexa (and its recorded hash would hide that next time).
# Instead it stops when the package is out of date (`scripts/package-skill.js --check`); `npm run deploy`
# packages the skill and then runs `ask deploy`, so the package is always current.
set -euo pipefail

zip_path="${1:?usage: hooks/build.sh <zip path> [debug]}"
debug="${2:-false}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

if [ "$debug" = "true" ]; then set -x; fi

if [ ! -d node_modules ]; then
  echo "hooks/build.sh: node_modules is missing; run \`npm ci\` in $root first" >&2
  exit 1
fi

if ! node scripts/package-skill.js --check; then
  echo "hooks/build.sh: stopped before building, because the skill package this deploy uploaded is out of date (see above)." >&2
  exit 1
fi
npm run --silent build
node scripts/zip-lambda.js "$zip_path"
