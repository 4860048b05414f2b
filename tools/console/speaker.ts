/** Optional text-to-speech through espeak-ng, so the coaching can be heard with its pauses' rhythm. */
import { spawn } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

export interface Speaker {
  speak(text: string): Promise<void>;
}

export const silentSpeaker: Speaker = { speak: async () => undefined };

export function findOnPath(command: string, path = process.env.PATH ?? ''): string | undefined {
  for (const dir of path.split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, command);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not in this folder
    }
  }
  return undefined;
}

/** espeak-ng when installed; otherwise undefined, and the console says so. */
export function espeakSpeaker(): Speaker | undefined {
  const binary = findOnPath('espeak-ng');
  if (!binary) return undefined;
  return {
    speak: (text) =>
      new Promise((resolve) => {
        // "[pause 10 s]" markers are for reading, not for saying.
        const spoken = text.replace(/\[pause [\d.]+ s\]/g, ',').replace(/\[audio\]/g, '');
        const child = spawn(binary, [spoken], { stdio: 'ignore' });
        child.on('error', () => resolve());
        child.on('close', () => resolve());
      }),
  };
}
