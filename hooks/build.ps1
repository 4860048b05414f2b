# ASK CLI v2 build hook for Windows (the CLI runs build.ps1 instead of build.sh there):
#   hooks/build.ps1 <zip path> <debug>
# Same steps as hooks/build.sh: stop if the skill package is out of date (never rewrite it mid-deploy),
# then type-check, bundle and zip. Not exercised by the project's tests, which run on Linux.
param(
  [Parameter(Mandatory = $true)][string]$OutFile,
  [bool]$DoDebug = $false
)
$ErrorActionPreference = 'Stop'
$root = Split-Path -Parent $PSScriptRoot
Push-Location $root
try {
  if (-not (Test-Path 'node_modules')) { throw "node_modules is missing; run 'npm ci' in $root first" }
  node scripts/package-skill.js --check
  if ($LASTEXITCODE -ne 0) { throw 'the skill package this deploy uploaded is out of date (see above): deploy with npm run deploy' }
  npm run --silent build
  if ($LASTEXITCODE -ne 0) { throw 'npm run build failed' }
  node scripts/zip-lambda.js $OutFile
  if ($LASTEXITCODE -ne 0) { throw 'zipping the bundle failed' }
} finally {
  Pop-Location
}
