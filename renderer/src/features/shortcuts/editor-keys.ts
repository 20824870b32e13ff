/** A key of the editor itself (not a command of the app): listed on the sheet, not remappable. */
export interface EditorKey {
  keys: string;
  labelKey: string;
}

/** The editor's own keys, as the sheet lists them (`Mod` is Ctrl, or ⌘ on a Mac). */
export const EDITOR_KEYS: readonly EditorKey[] = [
  { keys: 'Mod-z', labelKey: 'help.keys.undo' },
  { keys: 'Mod-Shift-z', labelKey: 'help.keys.redo' },
  { keys: 'Mod-f', labelKey: 'help.keys.find' },
  { keys: 'Mod-.', labelKey: 'help.keys.spelling' },
  { keys: 'F7', labelKey: 'help.keys.nextSpelling' },
  { keys: 'Mod-Enter', labelKey: 'help.keys.followLink' },
  { keys: 'Escape', labelKey: 'help.keys.leaveFocus' },
];

/** The Markdown the editor and preview understand: the syntax as typed, and what it makes. */
export const MARKDOWN_SYNTAX: ReadonlyArray<{ syntax: string; labelKey: string }> = [
  { syntax: '## Tiêu đề', labelKey: 'help.markdown.heading' },
  { syntax: '**đậm**  *nghiêng*', labelKey: 'help.markdown.emphasis' },
  { syntax: '- mục\n1. mục', labelKey: 'help.markdown.lists' },
  { syntax: '> trích dẫn', labelKey: 'help.markdown.quote' },
  { syntax: '[chữ](https://…)', labelKey: 'help.markdown.link' },
  { syntax: '[[Tiêu đề bài]]  [[Tiêu đề|chữ]]', labelKey: 'help.markdown.wikiLink' },
  { syntax: '[[claim:Luận điểm]]', labelKey: 'help.markdown.claimLink' },
  { syntax: '[@khoá, tr. 12]', labelKey: 'help.markdown.citation' },
  { syntax: '`mã`', labelKey: 'help.markdown.code' },
  { syntax: '---', labelKey: 'help.markdown.rule' },
  { syntax: '| A | B |\n|---|---|', labelKey: 'help.markdown.table' },
];
