// One DynamoDB client cold start, in a fresh Node process (argv: bundle, endpoint, table, id): load a bundled client
// variant (scripts/bench/dynamo-clients/), set it up and read one item. Prints one JSON line; timings in ms.
'use strict';

const [bundle, endpoint, table, id] = process.argv.slice(2);
const cpu = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
const started = performance.now();
const { readOne } = require(bundle);
const loaded = performance.now();
readOne({ endpoint, table, id }).then(
  (found) => {
    process.stdout.write(`${JSON.stringify({ loadMs: loaded - started, firstCallMs: performance.now() - loaded, cpuMs: cpu(), found })}\n`);
  },
  (error) => {
    process.stderr.write(`${error && error.stack ? error.stack : String(error)}\n`);
    process.exit(1);
  },
);
