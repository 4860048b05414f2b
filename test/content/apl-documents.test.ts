/**
 * Every screen document in content/apl/ passes Amazon's APL validator (apl-suggester) without a single error or
 * warning: a property a component does not have (a Container's backgroundColor, say) is silently not drawn.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { StaticAplTemplateValidator } from 'apl-suggester';

const APL_DIR = path.resolve(__dirname, '..', '..', 'content', 'apl');
const documents = readdirSync(APL_DIR).filter((name) => name.endsWith('.json')).sort();

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const load = (name: string): Json => JSON.parse(readFileSync(path.join(APL_DIR, name), 'utf8')) as Json;

/** One validation at a time: the validator shares its schema registry, and overlapping runs collide in it. */
async function validate(document: Json): Promise<Array<{ path: string; errorMessage: string; level: string }>> {
  // It warns once per component type without a mixin; that is noise, not a finding.
  const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
  try {
    return (await new StaticAplTemplateValidator().validate(document)).map(({ path: where, errorMessage, level }) => ({ path: where, errorMessage, level: String(level) }));
  } finally {
    warn.mockRestore();
  }
}

/** Depth-first: every component of a document, with the key path it was found under. */
function components(node: unknown, found: Json[] = []): Json[] {
  if (Array.isArray(node)) node.forEach((child) => components(child, found));
  else if (typeof node === 'object' && node !== null) {
    const item = node as Json;
    if (typeof item.type === 'string' && item.type !== 'APL') found.push(item);
    for (const value of Object.values(item)) components(value, found);
  }
  return found;
}

describe('APL documents (content/apl/)', () => {
  it('has documents to check', () => {
    expect(documents.length).toBeGreaterThan(0);
  });

  it.each(documents)('%s passes apl-suggester with nothing to report', async (name) => {
    expect(await validate(load(name))).toEqual([]);
  });

  it('draws the stretch progress track in a Frame, the component that paints a background', () => {
    const track = components(load('stretch-step.json')).find((component) => component.id === 'progressTrack');
    expect(track).toMatchObject({ type: 'Frame', backgroundColor: expect.any(String) });
  });

  it('would catch a Container with a background colour (the invisible track)', async () => {
    const document = load('stretch-step.json');
    const track = components(document).find((component) => component.id === 'progressTrack');
    if (!track) throw new Error('stretch-step.json has no progressTrack');
    track.type = 'Container';
    track.items = [track.item];
    delete track.item;
    expect(await validate(document)).toEqual([
      expect.objectContaining({ errorMessage: expect.stringContaining('backgroundColor'), level: 'WARNING' }),
    ]);
  });
});
