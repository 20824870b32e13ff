import fc from 'fast-check';
import {
  Compose,
  Delete,
  NewArticle,
  Open,
  Reload,
  Rename,
  RestoreVersion,
  SetMode,
  Settle,
  TogglePanel,
  Trash,
  Type,
  UndoRedo,
  Untrash,
} from './commands.js';

const WORDS = [
  'Đường',
  'lối',
  'đổi',
  'mới',
  'của',
  'Đảng',
  'nhân',
  'quyền',
  'phản',
  'bác',
  'luận',
  'điểm',
  'sai',
  'trái',
  'chứng',
  'cứ',
  'xác',
  'thực',
  'ổn',
  'định',
  'kinh',
  'tế',
  'ủy',
  'ban',
  'người',
  'dân',
  'ưu',
  'tiên',
  'giữ',
  'vững',
] as const;

const word = fc.constantFrom(...WORDS);

/** A short Vietnamese text: words, sometimes a sentence end, sometimes a new paragraph. */
const text = fc
  .array(fc.tuple(word, fc.constantFrom(' ', ' ', ' ', '. ', '.\n\n')), { minLength: 1, maxLength: 8 })
  .map((parts) =>
    parts
      .map(([w, gap]) => w + gap)
      .join('')
      .replace(/\s+$/, ''),
  );

/** Every command a walk may take, weighted towards the ones writers do most. */
export const walkCommands = [
  fc
    .tuple(text, fc.constantFrom('end' as const, 'start' as const), fc.boolean())
    .map(([t, where, keys]) => new Type(t, where, keys)),
  fc.tuple(text, fc.boolean()).map(([t, keys]) => new Type(t, 'end', keys)),
  word.map((w) => new Compose(w)),
  fc.integer({ min: 1, max: 12 }).map((n) => new Delete(n)),
  fc.constant(new UndoRedo()),
  fc
    .tuple(fc.constantFrom('editor' as const, 'split' as const, 'preview' as const), fc.boolean())
    .map(([mode, palette]) => new SetMode(mode, palette)),
  fc
    .tuple(
      fc.constantFrom('sidebar' as const, 'shortcut' as const, 'palette' as const),
      fc.constantFrom(
        'none' as const,
        'none' as const,
        'claims' as const,
        'sources' as const,
        'dashboard' as const,
      ),
      fc.nat(),
    )
    .map(([from, over, seed]) => new NewArticle(from, over, seed)),
  fc
    .tuple(fc.nat(), fc.constantFrom('list' as const, 'switcher' as const, 'link' as const))
    .map(([index, via]) => new Open(index, via)),
  fc
    .constantFrom('backlinks' as const, 'related' as const, 'history' as const)
    .map((panel) => new TogglePanel(panel)),
  fc
    .tuple(fc.nat(), fc.constantFrom('enter' as const, 'blur' as const, 'pause' as const))
    .map(([seed, commit]) => new Rename(seed, commit)),
  fc.nat().map((index) => new RestoreVersion(index)),
  fc.constant(new Trash()),
  fc.nat().map((index) => new Untrash(index)),
  fc.constant(new Reload()),
  fc.constant(new Settle()),
];
