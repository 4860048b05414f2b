/**
 * Intents of /work/coord/INTENTS.md that handlers serve before the model ships them (they are "planned" in
 * interaction-models/source/ until then). Tests send them as envelopes built directly. When the model ships one,
 * drop it here: the handler-coverage test then finds it in the model.
 */
export const PLANNED_INTENTS: readonly string[] = [];
