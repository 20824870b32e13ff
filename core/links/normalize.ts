const SPACES = /\s+/g;
const MD_SUFFIX = /\.md$/i;
const LEADING_SLASHES = /^\/+/;
/** Characters that end or split a link target, so no link can name a title holding them. */
const LINK_SYNTAX = /[[\]|#^\r\n]|%%/;

/** File extensions that mark a link target as an attachment rather than a page. */
const ATTACHMENT_EXTENSIONS = new Set(
  (
    'png jpg jpeg gif bmp svg webp avif heic tif tiff ico ' +
    'mp3 wav m4a ogg oga flac 3gp webm mp4 m4v mov mkv ogv avi ' +
    'pdf canvas base txt csv json zip docx xlsx pptx odt epub'
  ).split(' '),
);

/**
 * The key two link targets or titles are compared by: NFC, trimmed, inner
 * whitespace collapsed to one space, a trailing `.md` and leading `/` dropped,
 * lower case. Tone marks are kept: "Tham nhũng" and "tham nhung" differ.
 */
export function normalizeTarget(text: string): string {
  return text
    .normalize('NFC')
    .replace(SPACES, ' ')
    .trim()
    .replace(MD_SUFFIX, '')
    .replace(LEADING_SLASHES, '')
    .trim()
    .toLowerCase();
}

/** The last `/`-separated segment of a normalized path (the file name). */
export function baseName(normalizedPath: string): string {
  const slash = normalizedPath.lastIndexOf('/');
  return slash < 0 ? normalizedPath : normalizedPath.slice(slash + 1);
}

/** Whether a target names a non-markdown file by its extension (`Sơ đồ.png`). */
export function isAttachmentTarget(target: string): boolean {
  const name = baseName(normalizeTarget(target));
  const dot = name.lastIndexOf('.');
  return dot > 0 && ATTACHMENT_EXTENSIONS.has(name.slice(dot + 1));
}

/**
 * Whether a title can be written as a link target: not blank and free of the
 * characters link syntax uses (`[ ] | # ^`, `%%`, line breaks). A title like
 * "Bài #3" can still be an article; links just cannot name it.
 */
export function isLinkableTitle(title: string): boolean {
  return title.trim() !== '' && !LINK_SYNTAX.test(title);
}
