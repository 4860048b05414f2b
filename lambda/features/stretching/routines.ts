/** The guided routines bundled into the skill (content/routines/*.json), checked once per cold start. */
import kneeToChest from '../../../content/routines/knee-to-chest.json';
import gentle from '../../../content/routines/gentle.json';
import { readRoutine, Routine } from '../../core/routine';

const ALL: readonly Routine[] = [readRoutine(kneeToChest, 'knee-to-chest.json'), readRoutine(gentle, 'gentle.json')];

export const ROUTINES: Readonly<Record<string, Routine>> = Object.freeze(Object.fromEntries(ALL.map((routine) => [routine.id, routine])));

for (const routine of ALL) {
  if (routine.osteoporosisAlternative && !ROUTINES[routine.osteoporosisAlternative]) {
    throw new Error(`${routine.id}: osteoporosisAlternative ${routine.osteoporosisAlternative} is not a routine`);
  }
}

/** The routine offered unless the user asks for another one. */
export const DEFAULT_ROUTINE = 'kneeToChest';

export function routineById(id: string): Routine | undefined {
  return ROUTINES[id];
}
