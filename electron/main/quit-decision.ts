/** How asking a window to flush its pending saves ended. */
export type FlushOutcome = 'saved' | 'failed' | 'timeout' | 'gone';

/** What the user picked in the unsaved-changes dialog, by button index. */
const UNSAVED_CHOICES = ['retry', 'quit', 'cancel'] as const;

/** The next step of closing: go on, ask the user, flush again, or stay open. */
export type CloseStep = 'close' | 'ask' | 'retry' | 'stay';

/**
 * Whether closing may go on after a flush. A window that is gone (crashed,
 * destroyed) has nothing left to save; a failed or unanswered flush is never
 * passed over silently.
 */
export function afterFlush(outcome: FlushOutcome): CloseStep {
  return outcome === 'saved' || outcome === 'gone' ? 'close' : 'ask';
}

/** The step a dialog answer leads to; closing the dialog without a choice counts as Cancel. */
export function afterChoice(buttonIndex: number): CloseStep {
  const choice = UNSAVED_CHOICES[buttonIndex] ?? 'cancel';
  return choice === 'retry' ? 'retry' : choice === 'quit' ? 'close' : 'stay';
}
