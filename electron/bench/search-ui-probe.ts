/** One keystroke in the search box: when its input event fired, the text it left, and when its answer was painted. */
export interface Keystroke {
  at: number;
  text: string;
  painted: number | null;
}

type Probe = { keys: Keystroke[] };

/**
 * What the page records (installed as an init script, so it runs in the
 * browser): every input event of the search box, and, each time the result
 * list starts answering another query (its `data-answered` attribute), the
 * time of the next frame after it was painted. A keystroke is answered by
 * the first painted answer to its own text or to a later keystroke's.
 */
export function installSearchProbe(): void {
  const probe: Probe = { keys: [] };
  (globalThis as unknown as { __searchProbe: Probe }).__searchProbe = probe;
  addEventListener(
    'input',
    (event) => {
      const target = event.target as HTMLInputElement | null;
      if (target?.getAttribute('role') !== 'combobox') return;
      probe.keys.push({ at: event.timeStamp, text: target.value, painted: null });
    },
    { capture: true },
  );
  const painted = (answered: string) => {
    const now = performance.now();
    let last = -1;
    probe.keys.forEach((key, index) => {
      if (key.text === answered) last = index;
    });
    for (let i = 0; i <= last; i++) probe.keys[i]!.painted ??= now;
  };
  new MutationObserver((records) => {
    for (const record of records) {
      const target = record.target as Element;
      if (record.attributeName !== 'data-answered' || target.id !== 'search-results') continue;
      const answered = target.getAttribute('data-answered') ?? '';
      // The frame that shows the change is painted after this callback; a task queued from it runs once it was.
      requestAnimationFrame(() => setTimeout(() => painted(answered), 0));
    }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-answered'] });
}

/** The keystrokes recorded so far (runs in the page). */
export function readSearchProbe(): Keystroke[] {
  return (globalThis as unknown as { __searchProbe: Probe }).__searchProbe.keys;
}
