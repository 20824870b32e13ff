import { writeFile } from 'node:fs/promises';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { closeChecked, openDesk } from './desk-session.js';
import { SafetyPage } from './safety-page.js';
import { walkCommands } from './walk/arbitraries.js';
import { checkDisk, checkScreen } from './walk/checks.js';
import type { Model, Real } from './walk/model.js';

// Random walks through the real UI, compared with a simple model after every
// step. `npm test` runs a few fixed seeds; `npm run bench -- walk --runs N`
// runs many more (WALK_RUNS, WALK_SEED, WALK_STEPS, WALK_REPORT).
const RUNS = Number(process.env.WALK_RUNS ?? 3);
const SEED = Number(process.env.WALK_SEED ?? 20_261_203);
const STEPS = Number(process.env.WALK_STEPS ?? 40);
const REPORT = process.env.WALK_REPORT;
/** A failing walk to replay: the `path` fast-check printed with it. */
const PATH = process.env.WALK_PATH;
const VERBOSE = process.env.WALK_VERBOSE === '1';

const START = [
  { title: 'Sự thật về kinh tế thị trường', body: 'Kinh tế thị trường định hướng xã hội chủ nghĩa.' },
  { title: 'Phản bác luận điểm sai trái', body: '' },
];

/** Reads what the workspace holds at the start of a walk into the model. */
async function initialModel(real: Real): Promise<Model> {
  const list = (await real.app.invoke('articles:list', {})).body as { value: Array<{ id: string }> };
  const articles = [];
  for (const { id } of list.value) {
    const { value } = (await real.app.invoke('articles:get', { id })).body as {
      value: { title: string; body: string };
    };
    articles.push({ id, title: value.title, body: value.body, trashed: false });
  }
  const shown = (await real.desk.titleBox.count()) === 0 ? null : await real.desk.titleBox.inputValue();
  return {
    articles,
    openId: articles.find((article) => article.title === shown)?.id ?? null,
    mode: 'split',
    panel: null,
    titlesMade: 0,
  };
}

describe('random walks through the writing surface', () => {
  it(
    `${RUNS} walks of up to ${STEPS} steps: the editor shows and the disk holds the model's text`,
    { timeout: 60 * 60_000 },
    async () => {
      const stats = { runs: 0, steps: 0, failures: 0, seed: SEED, counterexample: null as string | null };
      const property = fc.asyncProperty(
        fc.commands(walkCommands, { maxCommands: STEPS, size: 'max' }),
        async (commands) => {
          const { app, desk } = await openDesk();
          const real: Real = { app, desk, safety: new SafetyPage(app.page), page: app.page, log: [] };
          stats.runs += 1;
          try {
            // Two articles to start from, the newer one open, so most steps apply from the first.
            for (const text of START) await app.invoke('articles:create', text);
            await app.page.reload();
            await desk.ready();
            const model = await initialModel(real);
            await checkScreen(model, real);
            await fc.asyncModelRun(() => ({ model, real }), commands);
            await checkDisk(model, real);
          } catch (error) {
            throw new Error(`${(error as Error).message}\nSteps run: ${real.log.join(' → ')}`, {
              cause: error,
            });
          } finally {
            if (VERBOSE) console.log(`walk ${stats.runs}: ${real.log.join(' → ')}`);
            stats.steps += real.log.length;
            await closeChecked(app);
          }
        },
      );
      const result = await fc.check(property, {
        seed: SEED,
        numRuns: RUNS,
        ...(PATH ? { path: PATH } : {}),
        interruptAfterTimeLimit: 20 * 60_000,
        markInterruptAsFailure: true,
      });
      if (result.failed) {
        stats.failures = 1;
        stats.counterexample = result.counterexample?.[0]?.toString() ?? null;
      }
      if (REPORT) await writeFile(REPORT, JSON.stringify(stats, null, 2));
      const cause = result.errorInstance instanceof Error ? `\n${result.errorInstance.message}` : '';
      expect(result.failed, `${fc.defaultReportMessage(result) ?? ''}${cause}`).toBe(false);
    },
  );
});
