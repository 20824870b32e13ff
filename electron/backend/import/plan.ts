import { MAX_BODY, MAX_TITLE, normalizeTag, type SkipCode, type SkippedFile } from '../../../core/index.js';
import { convertDocx, docxSkip } from './docx.js';
import { cleanPath } from './paths.js';
import { decodeText } from './decode.js';
import { readFrontMatter } from './front-matter.js';
import { ImageFiles, pendingImage, rewriteImages, type PendingImage } from './images.js';
import { inlineTags } from './inline-tags.js';

export { cleanPath } from './paths.js';

/**
 * A file offered for import: its path relative to the imported folder, and
 * its content as text (Markdown) or bytes (any file).
 */
export interface ImportFile {
  path: string;
  text?: string;
  data?: Uint8Array;
  /** Why the file is left out, when reading it already showed (too large). */
  skip?: Pick<SkippedFile, 'code' | 'reason'>;
}

/** An article an import will write. */
export interface PlannedArticle {
  /** The file it comes from, cleaned (`Thư mục/Bài.md`). */
  source: string;
  kind: 'markdown' | 'docx';
  title: string;
  body: string;
  tags: string[];
  aliases: string[];
  /** The folder it came from (`''` for the top), so `[[folder/name]]` resolves. */
  folder: string;
  /** Images it uses, to be stored in the workspace. */
  images: PendingImage[];
  /** What could not be carried over, in English. */
  warnings: string[];
}

/** What an import will create, and the files it leaves out. */
export interface ImportPlan {
  articles: PlannedArticle[];
  skipped: SkippedFile[];
}

const MARKDOWN = /\.(md|markdown)$/i;
const DOCX = /\.docx$/i;
const IMAGE = /\.(png|jpe?g|gif|webp|bmp)$/i;
/** Formats a writer may try, and what to do instead. */
const OTHER_DOCUMENTS: Array<[RegExp, string]> = [
  [/\.doc$/i, 'a Word 97–2003 document (.doc): open it in Word or LibreOffice and save it as .docx'],
  [/\.(odt|rtf|pages|wps)$/i, 'a document of another kind: save it as .docx (Word) and import it again'],
  [/\.txt$/i, 'a plain text file: rename it to .md to import it as Markdown'],
];

function tagsOf(lists: ReadonlyArray<readonly string[]>): string[] {
  const tags = new Set<string>();
  for (const tag of lists.flat()) {
    try {
      tags.add(normalizeTag(tag));
    } catch {
      // A tag this workspace cannot hold is left out.
    }
  }
  return [...tags];
}

/**
 * Turns files into articles to write: Markdown files (UTF-8, or UTF-16 with
 * a byte order mark; front matter gives tags and aliases, inline `#tags`
 * become tags, the images they use come along) and Word files (through
 * mammoth: headings, lists, tables, footnotes, images; titled by their Title
 * paragraph, else by file name). Each file is titled by its name and filed
 * under its folder. Everything else is left out, with the reason; nothing is
 * written here.
 */
export async function planImport(files: readonly ImportFile[], signal?: AbortSignal): Promise<ImportPlan> {
  const plan: ImportPlan = { articles: [], skipped: [] };
  const images = new ImageFiles();
  const imagePaths: string[] = [];
  const seen = new Set<string>();
  const skip = (path: string, code: SkipCode, reason: string) => plan.skipped.push({ path, reason, code });

  for (const file of files) {
    const path = cleanPath(file.path);
    if (path !== null && IMAGE.test(path) && file.data !== undefined && file.skip === undefined) {
      images.add(path, file.data);
      imagePaths.push(path);
    }
  }

  for (const file of files) {
    if (signal?.aborted) break;
    const path = cleanPath(file.path);
    if (path === null) {
      skip(file.path, 'path', 'the path leaves the imported folder or is empty');
      continue;
    }
    if (IMAGE.test(path) && file.data !== undefined && file.skip === undefined) continue;
    const kind = MARKDOWN.test(path) ? 'markdown' : DOCX.test(path) ? 'docx' : null;
    if (kind === null) {
      const other = OTHER_DOCUMENTS.find(([pattern]) => pattern.test(path));
      skip(file.path, 'notMarkdown', other?.[1] ?? 'not a Markdown (.md) or Word (.docx) file');
      continue;
    }
    const slash = path.lastIndexOf('/');
    const name = path
      .slice(slash + 1)
      .replace(kind === 'markdown' ? MARKDOWN : DOCX, '')
      .trim();
    if (name === '' || name.startsWith('.')) {
      skip(file.path, 'noName', 'the file has no name');
      continue;
    }
    if (file.skip !== undefined) {
      skip(file.path, file.skip.code, file.skip.reason);
      continue;
    }
    if (seen.has(path.toLowerCase())) {
      skip(file.path, 'duplicate', 'another file has the same path');
      continue;
    }
    const folder = slash < 0 ? '' : path.slice(0, slash);
    let title = name;
    let text: string;
    let docImages: PendingImage[] = [];
    const warnings: string[] = [];
    if (kind === 'docx') {
      try {
        const converted = await convertDocx(file.data ?? new Uint8Array(), path);
        text = converted.markdown;
        docImages = converted.images;
        warnings.push(...converted.warnings);
        if (converted.title !== null) title = converted.title;
      } catch (error) {
        const reason = docxSkip(error);
        skip(file.path, reason.code, reason.reason);
        continue;
      }
      if (text.trim() === '' && docImages.length === 0) {
        skip(file.path, 'emptyDocument', 'the Word document holds no text');
        continue;
      }
    } else if (file.data !== undefined) {
      const decoded = decodeText(file.data);
      if ('skip' in decoded) {
        skip(file.path, decoded.skip.code, decoded.skip.reason);
        continue;
      }
      text = decoded.text;
    } else {
      text = (file.text ?? '').replace(/^\uFEFF/, '').normalize('NFC');
      if (text.includes('\0')) {
        skip(file.path, 'binary', 'not a text file (it holds NUL bytes)');
        continue;
      }
    }
    if (title.length > MAX_TITLE) {
      skip(
        file.path,
        'nameTooLong',
        `the ${title === name ? 'file name' : 'title'} is longer than ${MAX_TITLE} characters`,
      );
      continue;
    }
    seen.add(path.toLowerCase());
    const front = kind === 'markdown' ? readFrontMatter(text) : { tags: [], aliases: [], body: text };
    const rewritten =
      kind === 'markdown'
        ? rewriteImages(front.body, folder, images)
        : { body: front.body, images: [], missing: [] };
    if (rewritten.body.length > MAX_BODY) {
      skip(file.path, 'tooLarge', `the text is longer than ${MAX_BODY} characters`);
      continue;
    }
    warnings.push(
      ...rewritten.missing.map(
        (reference) => `the image ${reference} was not found among the imported files`,
      ),
    );
    plan.articles.push({
      source: path,
      kind,
      title,
      body: rewritten.body,
      tags: tagsOf([front.tags, inlineTags(rewritten.body)]),
      aliases: front.aliases,
      folder,
      images: [...rewritten.images, ...docImages],
      warnings,
    });
  }
  const used = new Set(plan.articles.flatMap((article) => article.images.map((image) => image.name)));
  for (const path of imagePaths) {
    const bytes = images.find(path, '', false);
    const image = bytes === null ? null : pendingImage(bytes);
    if (image === null)
      skip(path, 'notMarkdown', 'not an image the workspace keeps (PNG, JPEG, GIF, WebP or BMP)');
    else if (!used.has(image.name)) skip(path, 'notMarkdown', 'an image no imported file uses');
  }
  return plan;
}
