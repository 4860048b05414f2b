// One cold start, in a fresh Node process: load a Lambda bundle and answer one request (argv: bundle, envelope
// file). Plain JavaScript, so nothing but the bundle is loaded. Prints one JSON line; timings in ms, from
// performance.now(), which counts from the start of this process.
'use strict';
const { readFileSync } = require('node:fs');

const [bundle, envelopeFile] = process.argv.slice(2);
const envelope = JSON.parse(readFileSync(envelopeFile, 'utf8'));
const cpu = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
const started = performance.now();
const cpuStarted = cpu();
const { handler } = require(bundle);
const loaded = performance.now();
const cpuLoaded = cpu();
const context = { getRemainingTimeInMillis: () => 8000, callbackWaitsForEmptyEventLoop: true };
const answer = (result) => {
  const answered = performance.now();
  const speech = result && result.response && result.response.outputSpeech;
  process.stdout.write(
    `${JSON.stringify({
      bootMs: started,
      loadMs: loaded - started,
      firstAnswerMs: answered - loaded,
      sinceProcessStartMs: answered,
      maxRssKb: process.resourceUsage().maxRSS,
      // The process's own CPU time (whole, require(), first answer): steadier than wall time on a busy machine.
      cpuMs: cpu(),
      loadCpuMs: cpuLoaded - cpuStarted,
      firstAnswerCpuMs: cpu() - cpuLoaded,
      spoke: Boolean(speech),
    })}\n`,
  );
};
// ask-sdk's lambda() handler takes a callback; the project's handler returns a promise.
const returned = handler(envelope, context, (error, result) => (error ? fail(error) : answer(result)));
if (returned && typeof returned.then === 'function') returned.then(answer, fail);

function fail(error) {
  process.stderr.write(`${error && error.stack ? error.stack : String(error)}\n`);
  process.exit(1);
}
