/**
 * Why an input was ignored: one key per reason, each with a sentence in every message catalogue
 * (`urlReasons`), so a reason without words is a compile error.
 */
export const NOTE_REASONS = [
  'date',
  'weapon',
  'zone',
  'lang',
  'theme',
  'version',
  'flag',
  'duplicate',
  'place',
  'at',
  'unknownName',
  'embedOnly',
  'commands',
  'donor',
  'donorClass',
  'compare',
  'compareDonor',
  'compareMax',
  'group',
  'donorsUnversioned',
] as const;
export type NoteReason = (typeof NOTE_REASONS)[number];

/** A URL parameter (or host message) that was ignored, shown to the user until dismissed. */
export interface InputNote {
  id: string;
  param: string;
  value: string;
  reason: NoteReason;
}
