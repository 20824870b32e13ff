/**
 * Runs in the page (added with `addInitScript`): times every key press from
 * the keydown event to the frame that shows it, and notes when the preview
 * shows a given text. The page's own code is not touched.
 */
export function installKeyProbe(): void {
  const probe = {
    keys: [] as number[],
    waitText: null as string | null,
    previewAt: 0,
  };
  (window as unknown as { __deskProbe: typeof probe }).__deskProbe = probe;
  window.addEventListener(
    'keydown',
    (event) => {
      const start = event.timeStamp;
      // The frame after the one the handler runs before: the key's effect is painted by then.
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => probe.keys.push(performance.now() - start);
        channel.port2.postMessage(null);
      });
    },
    true,
  );
  new MutationObserver(() => {
    if (probe.waitText === null || probe.previewAt !== 0) return;
    const preview = document.querySelector('.preview');
    if (preview?.textContent?.includes(probe.waitText)) probe.previewAt = performance.now();
  }).observe(document, { subtree: true, childList: true, characterData: true });
}
