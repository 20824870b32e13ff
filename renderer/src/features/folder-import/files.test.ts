import { describe, expect, it } from 'vitest';
import {
  chunkFiles,
  INLINE_BYTES,
  MAX_FILE_BYTES,
  pathInFolder,
  readChunk,
  selectImportable,
} from './files.js';

/** A File as a folder pick gives it (webkitRelativePath starts with the folder's name). */
function picked(relativePath: string, content: string | Uint8Array, size?: number): File {
  const file = new File([content], relativePath.split('/').pop()!);
  Object.defineProperty(file, 'webkitRelativePath', { value: relativePath });
  if (size !== undefined) Object.defineProperty(file, 'size', { value: size });
  return file;
}

describe('import files', () => {
  it('drops the picked folder name from paths; a file picked alone is its name', () => {
    expect(pathInFolder('Kho/Ghi chú/Tham nhũng.md')).toBe('Ghi chú/Tham nhũng.md');
    expect(pathInFolder('Tham nhũng.md')).toBe('Tham nhũng.md');
  });

  it('keeps Markdown, Word and images, and says why the others were left out', () => {
    const selection = selectImportable([
      picked('Kho/A.md', 'a'),
      picked('Kho/b/B.MD', 'b'),
      picked('Kho/Bản nháp.docx', 'x'),
      picked('Kho/hinh.png', 'x'),
      picked('Kho/ghi.txt', 'x'),
      picked('Kho/.obsidian/app.md', '{}'),
      picked('Kho/Lớn.docx', 'x', MAX_FILE_BYTES + 1),
    ]);
    expect(selection.files.map((file) => file.webkitRelativePath)).toEqual([
      'Kho/A.md',
      'Kho/b/B.MD',
      'Kho/Bản nháp.docx',
      'Kho/hinh.png',
    ]);
    expect(selection.left).toEqual([
      { path: 'ghi.txt', reason: 'notMarkdown' },
      { path: '.obsidian/app.md', reason: 'hidden' },
      { path: 'Lớn.docx', reason: 'tooLarge' },
    ]);
  });

  it('chunks by bytes and by file count, in order; a large file goes up alone and counts as nothing', () => {
    const sized = (name: string, size: number) => picked(`Kho/${name}.md`, '', size);
    const files = [sized('a', 4), sized('b', 4), sized('c', 3), sized('d', 20), sized('e', 1)];
    const names = (chunks: File[][]) => chunks.map((chunk) => chunk.map((file) => file.name).join(''));
    expect(names(chunkFiles(files, 10, 100))).toEqual(['a.mdb.md', 'c.md', 'd.md', 'e.md']);
    expect(names(chunkFiles(files, 100, 2))).toEqual(['a.mdb.md', 'c.mdd.md', 'e.md']);
    expect(names(chunkFiles([sized('x', INLINE_BYTES + 1), sized('y', 5)], 10, 10))).toEqual(['x.mdy.md']);
    expect(chunkFiles([], 10, 10)).toEqual([]);
  });

  it('reads a chunk in order as base64, a large file through an upload', async () => {
    const files = [picked('Kho/Việt.md', 'Tiếng Việt'), picked('Kho/Lớn.docx', 'x', INLINE_BYTES + 1)];
    const uploaded: string[] = [];
    const read = await readChunk(files, async (file) => {
      uploaded.push(file.name);
      return 'upload00000001';
    });
    expect(read).toEqual([
      { path: 'Việt.md', data: btoa(String.fromCharCode(...new TextEncoder().encode('Tiếng Việt'))) },
      { path: 'Lớn.docx', uploadId: 'upload00000001' },
    ]);
    expect(uploaded).toEqual(['Lớn.docx']);
  });
});
