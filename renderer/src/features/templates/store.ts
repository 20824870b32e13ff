import i18next from 'i18next';
import { create } from 'zustand';
import type { RequestInput } from '../../../../core/ipc/contract.js';
import type { Language } from '../../../../core/model/settings.js';
import type { Template } from '../../../../core/templates/types.js';
import { call, errorMessage } from '../../api/index.js';
import { useEditor } from '../editor/store.js';
import { useLibrary } from '../library/store.js';
import { useNotices } from '../notices/store.js';
import { useClaims } from '../claims/store.js';

interface TemplatesStore {
  templates: Template[];
  loaded: boolean;
  /** Whether the "new article from template" dialog is open, and the claim it starts with. */
  dialog: { claimId: string | null } | null;
  load(): Promise<void>;
  /** Saves a template (a new one without `id`); answers it as stored. Throws on failure. */
  save(template: RequestInput<'templates:save'>): Promise<Template>;
  remove(id: string): Promise<void>;
  openDialog(claimId?: string | null): void;
  closeDialog(): void;
}

/** The workspace's article templates, and the dialog that makes an article from one. */
export const useTemplates = create<TemplatesStore>()((set, get) => ({
  templates: [],
  loaded: false,
  dialog: null,
  async load() {
    set({ templates: await call('templates:list', {}), loaded: true });
  },
  async save(template) {
    const saved = await call('templates:save', template);
    const templates = get().templates;
    set({
      templates: templates.some((known) => known.id === saved.id)
        ? templates.map((known) => (known.id === saved.id ? saved : known))
        : [...templates, saved],
    });
    return saved;
  },
  async remove(id) {
    await call('templates:delete', { id });
    set({ templates: get().templates.filter((template) => template.id !== id) });
  },
  openDialog(claimId = null) {
    if (!get().loaded)
      void get()
        .load()
        .catch(() => undefined);
    set({ dialog: { claimId } });
  },
  closeDialog() {
    set({ dialog: null });
  },
}));

/** The template "Write a rebuttal" uses: the rebuttal template in the UI language, else the first in it, else the first. */
export function rebuttalTemplate(templates: readonly Template[], language: Language): Template | undefined {
  return (
    templates.find((template) => template.id === `templaterebuttal${language}`) ??
    templates.find((template) => template.language === language) ??
    templates[0]
  );
}

/**
 * Makes an article from a template (answering `claimId` when given), adds it
 * to the library and opens it. Throws when the backend refuses; the open
 * article is saved first, and nothing happens when that fails.
 */
export async function articleFromTemplate(request: RequestInput<'templates:instantiate'>): Promise<boolean> {
  if (!(await useEditor.getState().flush())) return false;
  if (useLibrary.getState().scope !== 'active') await useLibrary.getState().load('active');
  const article = await call('templates:instantiate', request);
  useLibrary.getState().setFilter('');
  useLibrary.getState().upsert(article);
  if (request.claimId)
    void useClaims
      .getState()
      .open(request.claimId)
      .catch(() => undefined);
  await useEditor.getState().open(article.id);
  return true;
}

/** "Write a rebuttal" on a claim's page: an article from the rebuttal template, already answering the claim. */
export async function writeRebuttal(claimId: string, language: Language): Promise<void> {
  try {
    if (!useTemplates.getState().loaded) await useTemplates.getState().load();
    const template = rebuttalTemplate(useTemplates.getState().templates, language);
    if (template === undefined) {
      useTemplates.getState().openDialog(claimId);
      return;
    }
    await articleFromTemplate({ templateId: template.id, claimId });
  } catch (error) {
    useNotices.getState().push({
      kind: 'error',
      message: i18next.t('templates.createFailed', { reason: errorMessage(error) }),
    });
  }
}

/** The template variables as themselves, so a UI string can name `{{title}}` without i18next filling it in. */
export const LITERAL_VARIABLES = {
  title: '{{title}}',
  date: '{{date}}',
  claim: '{{claim}}',
  category: '{{category}}',
} as const;
