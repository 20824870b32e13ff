import type { FontSource } from './protocol.js';

/** The font faces of this scope: `document.fonts` on a page, `self.fonts` in a worker. */
function fontSet(): FontFaceSet | null {
  const scope = globalThis as { fonts?: FontFaceSet; document?: Document };
  return scope.document?.fonts ?? scope.fonts ?? null;
}

/**
 * Loads the label font faces into this scope (a worker does not share the
 * page's); answers whether any loaded. A face that fails leaves the
 * fallback font in use.
 */
export async function loadFonts(sources: readonly FontSource[]): Promise<boolean> {
  const set = fontSet();
  if (!set || typeof FontFace === 'undefined' || sources.length === 0) return false;
  const loaded = await Promise.all(
    sources.map(async (source) => {
      try {
        const face = new FontFace(source.family, `url(${source.url})`, { unicodeRange: source.unicodeRange });
        set.add(await face.load());
        return true;
      } catch {
        return false;
      }
    }),
  );
  return loaded.some(Boolean);
}
