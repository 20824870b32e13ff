import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** One markdown page of an Obsidian vault, read as the import reads it. */
export interface VaultPage {
  /** Path inside the vault without `.md`, `/`-separated: the page's id here. */
  path: string;
  /** File name without `.md`. */
  title: string;
  aliases: string[];
  /** The text after the YAML front matter. */
  body: string;
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

function unquote(value: string): string {
  const text = value.trim();
  return /^(['"]).*\1$/.test(text) ? text.slice(1, -1) : text;
}

/** The `aliases:` of YAML front matter: a block list, a flow list `[a, b]` or one string. */
function readAliases(yaml: string): string[] {
  const lines = yaml.split(/\r?\n/);
  const at = lines.findIndex((line) => /^aliases:/.test(line));
  if (at < 0) return [];
  const inline = lines[at]!.slice('aliases:'.length).trim();
  if (inline.startsWith('[')) {
    return inline
      .slice(1, inline.lastIndexOf(']'))
      .split(',')
      .map(unquote)
      .filter((alias) => alias !== '');
  }
  if (inline !== '') return [unquote(inline)];
  const aliases: string[] = [];
  for (const line of lines.slice(at + 1)) {
    const item = /^\s+-\s+(.*)$/.exec(line) ?? /^-\s+(.*)$/.exec(line);
    if (item === null) break;
    aliases.push(unquote(item[1]!));
  }
  return aliases;
}

/** Reads every `.md` file under `root` (recursively), splitting off the front matter. */
export function readVault(root: string): VaultPage[] {
  const pages: VaultPage[] = [];
  const entries = readdirSync(root, { recursive: true, withFileTypes: true });
  for (const entry of entries) {
    if (!entry.isFile() || !entry.name.endsWith('.md')) continue;
    const file = path.join(entry.parentPath, entry.name);
    const relative = path.relative(root, file).split(path.sep).join('/').normalize('NFC');
    const text = readFileSync(file, 'utf8');
    const front = FRONT_MATTER.exec(text);
    pages.push({
      path: relative.slice(0, -3),
      title: entry.name.slice(0, -3).normalize('NFC'),
      aliases: front === null ? [] : readAliases(front[1]!),
      body: front === null ? text : text.slice(front[0].length),
    });
  }
  return pages.sort((a, b) => (a.path < b.path ? -1 : 1));
}
