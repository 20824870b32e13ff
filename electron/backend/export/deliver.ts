import { zipSync } from 'fflate';
import { mkdir, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { FileNamer, type ExportPackaging, type ExportResult } from '../../../core/index.js';
import { writeFileDurably } from '../durable-write.js';
import { nodeFileSystem } from '../file-system.js';
import type { ExportFile, RenderedExport } from './formats.js';

/** Where an export goes: a path on this machine (a file or a folder), or back to the page as a download. */
export type ExportTarget = { kind: 'path'; path: string } | { kind: 'download' };

const MIME: Record<string, string> = {
  '.md': 'text/markdown; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.pdf': 'application/pdf',
  '.json': 'application/ld+json; charset=utf-8',
  '.zip': 'application/zip',
  '.rdbundle': 'application/zip',
};

/** The MIME type of a file name. */
export function mimeOf(name: string): string {
  return MIME[path.extname(name).toLowerCase()] ?? 'application/octet-stream';
}

async function isFolder(target: string): Promise<boolean> {
  try {
    return (await stat(target)).isDirectory();
  } catch {
    return false;
  }
}

const sizes = (files: readonly ExportFile[]) =>
  files.map((file) => ({ name: file.name, size: file.bytes.length }));

/** Writes files into a folder, each under a name no file there has yet (nothing is overwritten). */
async function writeIntoFolder(folder: string, files: readonly ExportFile[]): Promise<ExportFile[]> {
  await mkdir(folder, { recursive: true });
  const namer = new FileNamer();
  for (const existing of await readdir(folder)) namer.name(existing, '');
  const written: ExportFile[] = [];
  for (const file of files) {
    if (file.name.includes('/')) {
      // Attachments are named by their content: one already there is the same image.
      const target = path.join(folder, ...file.name.split('/'));
      await mkdir(path.dirname(target), { recursive: true });
      if (
        !(await stat(target).then(
          () => true,
          () => false,
        ))
      )
        await writeFileDurably(nodeFileSystem, target, file.bytes);
      written.push(file);
      continue;
    }
    const extension = path.extname(file.name);
    const name = namer.name(file.name.slice(0, file.name.length - extension.length), extension);
    await writeFileDurably(nodeFileSystem, path.join(folder, name), file.bytes);
    written.push({ name, bytes: file.bytes });
  }
  return written;
}

/**
 * Delivers rendered files: one document to the chosen file (or into the
 * chosen folder), several as a folder of files that overwrites nothing, or
 * one zip; for a download, one document or a zip of them all.
 */
export async function deliver(
  rendered: RenderedExport,
  packaging: ExportPackaging,
  target: ExportTarget,
): Promise<{ result: ExportResult; download?: Uint8Array }> {
  const { files, skipped, stem } = rendered;
  const main = files.filter((file) => !file.name.includes('/') && file.name !== 'references.json');
  const single = packaging !== 'zip' && main.length === 1;
  const zipped = () =>
    zipSync(Object.fromEntries(files.map((file) => [file.name, file.bytes])), { level: 6 });
  const zipName = `${single ? path.parse(main[0]!.name).name : stem}.zip`;

  if (target.kind === 'download') {
    if (single && files.length === 1) {
      const file = files[0]!;
      return {
        result: {
          files: sizes(files),
          skipped,
          writtenTo: null,
          download: { name: file.name, size: file.bytes.length, mime: mimeOf(file.name) },
        },
        download: file.bytes,
      };
    }
    const bytes = zipped();
    return {
      result: {
        files: sizes(files),
        skipped,
        writtenTo: null,
        download: { name: zipName, size: bytes.length, mime: MIME['.zip']! },
      },
      download: bytes,
    };
  }

  if (packaging === 'zip') {
    const file = (await isFolder(target.path)) ? path.join(target.path, zipName) : target.path;
    await writeFileDurably(nodeFileSystem, file, zipped());
    return { result: { files: sizes(files), skipped, writtenTo: file, download: null } };
  }
  if (single && !(await isFolder(target.path))) {
    // One document at the chosen path; what it brings (images) goes beside it.
    await mkdir(path.dirname(target.path), { recursive: true });
    await writeFileDurably(nodeFileSystem, target.path, main[0]!.bytes);
    const rest = files.filter((file) => file !== main[0]);
    if (rest.length > 0) await writeIntoFolder(path.dirname(target.path), rest);
    return { result: { files: sizes(files), skipped, writtenTo: target.path, download: null } };
  }
  const written = await writeIntoFolder(target.path, files);
  return {
    result: {
      files: sizes(written),
      skipped,
      writtenTo: single ? path.join(target.path, written[0]!.name) : target.path,
      download: null,
    },
  };
}
