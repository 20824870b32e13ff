import { readFile } from 'node:fs/promises';
import { AppError } from '../../core/index.js';

/** Reads a markdown file as UTF-8 text (a byte-order mark is dropped); `-` reads standard input. */
export async function readTextFile(file: string, stdin: () => Promise<string>): Promise<string> {
  let text: string;
  if (file === '-') {
    text = await stdin();
  } else {
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      throw new AppError('io', `Cannot read ${file}: ${(error as Error).message}`);
    }
  }
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}
