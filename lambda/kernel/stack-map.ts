/**
 * Stack traces in the skill's logs, in the source's own files and lines. Node's --enable-source-maps would do it
 * for every stack, but it parses each bundle's source map when the bundle loads: 88M of a Lambda cold start's
 * 410M instructions (scripts/bench.ts, callgrind), paid by every launch for the rare turn that fails. Here the map
 * is read only when an error is logged, and only for frames in a bundle file beside this one that has a map.
 * Outside a bundle (tests, ts-node) no such file exists and a stack is left as it is.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { SourceMap } from 'node:module';

/** Frames name their file by path, then line and column: `at f (/var/task/index.js:13:2045)`. */
const FRAME = /(\/[^\s():]+\.js):(\d+):(\d+)/g;

/** Each map parsed once per process, only once an error asks for it; null where the file has none. */
const maps = new Map<string, SourceMap | null>();

function mapOf(file: string): SourceMap | null {
  let map = maps.get(file);
  if (map === undefined) {
    const mapFile = `${file}.map`;
    map = existsSync(mapFile) ? new SourceMap(JSON.parse(readFileSync(mapFile, 'utf8')) as ConstructorParameters<typeof SourceMap>[0]) : null;
    maps.set(file, map);
  }
  return map;
}

/** `stack` with every frame in a mapped bundle file of `bundleDir` named by its source file, line and column. */
export function originalStack(stack: string, bundleDir: string = __dirname): string {
  try {
    return stack.replace(FRAME, (frame: string, file: string, line: string, column: string) => {
      if (dirname(file) !== bundleDir) return frame;
      const entry = mapOf(file)?.findEntry(Number(line) - 1, Number(column) - 1);
      if (!entry || !('originalSource' in entry) || typeof entry.originalSource !== 'string') return frame;
      // Sources are recorded relative to the bundle (`../kernel/turn.ts`, `../../node_modules/...`): named without the climb.
      return `${entry.originalSource.replace(/^(\.\.\/)+/, '')}:${entry.originalLine + 1}:${entry.originalColumn + 1}`;
    });
  } catch {
    return stack; // a map that cannot be read never costs the log line
  }
}
