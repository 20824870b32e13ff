import { describe, expect, it } from 'vitest';
import { pathInFolder, readAll, selectMarkdown, MAX_FILE_BYTES } from './files.js';

/** A File as a folder pick gives it (webkitRelativePath starts with the folder's name). */
function picked(relativePath: string, text: string, size?: number): File {
  const file = new File([text], relativePath.split('/').pop()!);
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

  it('reads every file as UTF-8 in order, counting progress', async () => {
    const files = Array.from({ length: 9 }, (_, i) =>
      picked(`Kho/Bài ${i}.md`, `Nội dung ${i} — tiếng Việt`),
    );
    const progress: number[] = [];
    const read = await readAll(files, (done) => progress.push(done));
    expect(read.map((file) => file.path)).toEqual(files.map((_, i) => `Bài ${i}.md`));
    expect(read[3]!.text).toBe('Nội dung 3 — tiếng Việt');
    expect(progress).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });
});
