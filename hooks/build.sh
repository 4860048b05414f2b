#!/usr/bin/env bash
# ASK CLI v2 build hook. `ask deploy` copies code.default.src (./lambda) into .ask/ and runs, from that copy,
#   hooks/build.sh <zip path> <debug: true|false>
# and uploads the zip it leaves at <zip path>. The CLI cannot compile TypeScript, so this builds from the
# repository itself: type-check and bundle (lambda/dist/index.js), refresh the skill package's interaction
# models from interaction-models/, and zip the bundle.
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

npm run --silent build
# The skill package was uploaded before this hook ran; if its models were stale, the CLI re-uploads the
# package after the infrastructure step, because the package folder's hash changed.
node scripts/package-skill.js
node scripts/zip-lambda.js "$zip_path"
