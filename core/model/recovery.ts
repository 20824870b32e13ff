/** Why a workspace file could not be used as it was. */
export type DamageKind = 'empty' | 'nul-filled' | 'invalid-json' | 'schema' | 'newer-version' | 'unreadable';

/** One thing the store did at open time to keep the workspace usable. */
export interface RecoveryEvent {
  /** Path of the damaged file, relative to the workspace folder. */
  file: string;
  kind: DamageKind;
  /** Where the damaged file was moved (relative), or null when it was left in place. */
  setAsideAs: string | null;
  /** What was recovered in its place, in plain words. */
  recovered: string;
  /** ISO time of the event. */
  at: string;
}
