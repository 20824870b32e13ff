import { describe, expect, it } from 'vitest';
import { chunkFiles, pathInFolder, readChunk, readText, selectMarkdown, MAX_FILE_BYTES } from './files.js';

/** A File as a folder pick gives it (webkitRelativePath starts with the folder's name). */
function picked(relativePath: string, content: string | Uint8Array, size?: number): File {
  const file = new File([content], relativePath.split('/').pop()!);
  Object.defineProperty(file, 'webkitRelativePath', { value: relativePath });
  if (size !== undefined) Object.defineProperty(file, 'size', { value: size });
  return file;
}

describe('folder import files', () => {
  it('drops the picked folder name from paths', () => {
    expect(pathInFolder('Kho/Ghi chú/Tham nhũng.md')).toBe('Ghi chú/Tham nhũng.md');
    expect(pathInFolder('Tham nhũng.md')).toBe('Tham nhũng.md');
  });

  it('keeps markdown files and says why the others were left out', () => {
    const selection = selectMarkdown([
      picked('Kho/A.md', 'a'),
      picked('Kho/b/B.MD', 'b'),
      picked('Kho/hinh.png', 'x'),
      picked('Kho/.obsidian/app.md', '{}'),
      picked('Kho/Lớn.md', 'x', MAX_FILE_BYTES + 1),
    ]);
    expect(selection.files.map((file) => file.webkitRelativePath)).toEqual(['Kho/A.md', 'Kho/b/B.MD']);
    expect(selection.left).toEqual([
      { path: 'hinh.png', reason: 'notMarkdown' },
      { path: '.obsidian/app.md', reason: 'hidden' },
      { path: 'Lớn.md', reason: 'tooLarge' },
    ]);
  });

  it('chunks by bytes and by file count, in order, a large file alone', () => {
    const sized = (name: string, size: number) => picked(`Kho/${name}.md`, '', size);
    const files = [sized('a', 4), sized('b', 4), sized('c', 3), sized('d', 20), sized('e', 1)];
    const names = (chunks: File[][]) => chunks.map((chunk) => chunk.map((file) => file.name).join(''));
    expect(names(chunkFiles(files, 10, 100))).toEqual(['a.mdb.md', 'c.md', 'd.md', 'e.md']);
    expect(names(chunkFiles(files, 100, 2))).toEqual(['a.mdb.md', 'c.mdd.md', 'e.md']);
    expect(chunkFiles([], 10, 10)).toEqual([]);
  });

  it('reads UTF-8 text and leaves out what is not UTF-8 or is binary', async () => {
    expect(await readText(picked('Kho/Việt.md', '\uFEFFNội dung — tiếng Việt'))).toEqual({
      path: 'Việt.md',
      text: 'Nội dung — tiếng Việt',
    });
    expect(await readText(picked('Kho/latin1.md', new Uint8Array([0x54, 0x68, 0xe2, 0x6d])))).toEqual({
      path: 'latin1.md',
      reason: 'notUtf8',
    });
    expect(await readText(picked('Kho/utf16.md', new Uint8Array([0x41, 0, 0x42, 0])))).toEqual({
      path: 'utf16.md',
      reason: 'binary',
    });
  });

  it('reads a chunk in order, splitting what was read from what was left out', async () => {
    const files = Array.from({ length: 9 }, (_, i) =>
      i === 4 ? picked('Kho/xấu.md', new Uint8Array([0xff])) : picked(`Kho/Bài ${i}.md`, `Nội dung ${i}`),
    );
    const { read, left } = await readChunk(files);
    expect(read.map((file) => file.path)).toEqual([0, 1, 2, 3, 5, 6, 7, 8].map((i) => `Bài ${i}.md`));
    expect(read[3]!.text).toBe('Nội dung 3');
    expect(left).toEqual([{ path: 'xấu.md', reason: 'notUtf8' }]);
  });
});
