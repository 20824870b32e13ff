import type { Page } from 'playwright-core';
import type { DeskPage } from '../desk-page.js';
import type { AppSession } from '../harness.js';
import type { SafetyPage } from '../safety-page.js';

/** One article as the writer's actions should have left it. */
export interface ModelArticle {
  id: string;
  title: string;
  body: string;
  trashed: boolean;
}

/** The view modes of the article pane. */
export type Mode = 'editor' | 'split' | 'preview';
/** The right-side panels. */
export type Panel = 'backlinks' | 'related' | 'history';

/**
 * What the app should hold after the commands run so far: a simple model
 * the real app is compared with after every step. It knows nothing of
 * sessions, views or saves: only the texts the writer produced.
 */
export interface Model {
  articles: ModelArticle[];
  /** The article shown in the pane, or null when none is. */
  openId: string | null;
  mode: Mode;
  panel: Panel | null;
  /** Titles handed out so far (titles stay unique, so the list and the switcher find them). */
  titlesMade: number;
}

/** The app under test and how to reach it. */
export interface Real {
  app: AppSession;
  desk: DeskPage;
  safety: SafetyPage;
  /** The page the app runs in now (a reload keeps it; nothing opens another). */
  page: Page;
  /** A log of the steps run, printed with a failure. */
  log: string[];
}

/** The open article of the model, if any. */
export function openArticle(model: Model): ModelArticle | null {
  return model.articles.find((article) => article.id === model.openId) ?? null;
}

/** The article a command names by a number: taken modulo the candidates, so any number picks one. */
export function pick<T>(candidates: readonly T[], index: number): T | null {
  return candidates.length === 0 ? null : candidates[index % candidates.length]!;
}

/** Articles not in the trash. */
export const active = (model: Model): ModelArticle[] => model.articles.filter((article) => !article.trashed);

/** Whether the open article can be typed into: one is open, not trashed, and an editor is shown. */
export function canType(model: Model): boolean {
  const open = openArticle(model);
  return open !== null && !open.trashed && model.mode !== 'preview';
}

/** A new title no article has had in this run. */
export function nextTitle(model: Model, seed: number): string {
  model.titlesMade += 1;
  const words = ['Phản bác', 'Luận điểm', 'Sự thật về', 'Đường lối', 'Nhân quyền', 'Kinh tế'];
  return `${words[seed % words.length]} ${model.titlesMade}`;
}

/**
 * The links of the model's articles follow a rename as the app rewrites
 * them: `[[old]]` becomes `[[new]]` (titles in a walk are unique and links
 * name them exactly).
 */
export function renameLinks(model: Model, from: string, to: string): void {
  if (from.trim() === '' || to.trim() === '') return;
  for (const article of model.articles) {
    article.body = article.body.split(`[[${from}]]`).join(`[[${to}]]`);
  }
}
