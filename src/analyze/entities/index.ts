// The entity stage's public surface: the stage, its mention type and the look-up helpers later stages use.
export { entitiesStage, findEntities, type EntityNotes } from './stage.js';
export { entityAt, entityById, mentionsOf, resolvePronoun } from './lookup.js';
export type { Gender, MentionLink, MentionRef } from './types.js';
