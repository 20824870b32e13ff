import { strFromU8, unzipSync } from 'fflate';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { dispatch, type JobStart, type JobStatus } from '../../../core/index.js';
import { invoke as callOn } from '../testing/invoke.js';
import { openWorkspace, type Workspace } from '../workspace.js';
import type { PdfPrinter } from './pdf.js';
import { TINY_PNG } from '../testing/export-samples.js';

let root: string;
let workspace: Workspace;
let printed = 0;
/** A printer that answers at once, so these tests exercise everything but Chromium (pdf.test.ts runs it). */
const printer: PdfPrinter = {
  print: async (html, signal) => {
    printed++;
    await new Promise((resolve) => setTimeout(resolve, 30));
    if (signal?.aborted) throw new Error('cancelled');
    return new TextEncoder().encode(`%PDF-1.4 ${html.length}`);
  },
};

beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'rd-export-'));
  workspace = await openWorkspace({
    dir: path.join(root, 'ws'),
    owner: 'cli',
    host: { pdfPrinter: printer },
  });
});
afterEach(async () => {
  await workspace.close();
  await rm(root, { recursive: true, force: true });
});

async function sample() {
  const image = await workspace.services.attachments.put(TINY_PNG);
  const [category] = await callOn(workspace, 'categories:list', {});
  const claim = await callOn(workspace, 'claims:create', {
    statement: 'Luận điệu sai',
    categoryId: category!.id,
  });
  await callOn(workspace, 'sources:create', {
    key: 'nguon2024',
    title: 'Nguồn số liệu',
    kind: 'report',
    author: 'Tổng cục Thống kê',
    date: '2024',
  });
  const one = await callOn(workspace, 'articles:create', {
    title: 'Bài: một/hai',
    body: `---\nnguồn-gốc: phỏng vấn\n---\nTheo [@nguon2024, tr. 3].\n\n![Hình](attachments/${image.name})\n`,
  });
  await callOn(workspace, 'articles:update', {
    id: one.id,
    claimIds: [claim.id],
    tags: ['kinh tế'],
    status: 'published',
    publication: { outlet: 'Báo Nhân Dân', date: '2025-01-04', url: 'https://nhandan.vn/bai' },
    rating: 2,
  });
  const two = await callOn(workspace, 'articles:create', { title: 'Bài hai', body: 'Không trích dẫn.' });
  return { one, two, claim, image };
}

async function finished(start: JobStart): Promise<JobStatus> {
  if (start.outcome !== 'started') throw new Error(`not started: ${start.outcome}`);
  return workspace.services.jobs.settled(start.status.jobId);
}

describe('exports', () => {
  it('writes Markdown with front matter, [@key] kept, images and references.json beside several articles', async () => {
    const { one, two, claim, image } = await sample();
    const out = path.join(root, 'ra');
    const { result } = await workspace.services.exports.run(
      { ids: [one.id, two.id], format: 'md', packaging: 'separate' },
      { kind: 'path', path: out },
    );
    expect(result.writtenTo).toBe(out);
    expect((await readdir(out)).sort()).toEqual([
      'Bài hai.md',
      'Bài một hai.md',
      'attachments',
      'references.json',
    ]);
    const text = await readFile(path.join(out, 'Bài một hai.md'), 'utf8');
    const [, yaml, body] = /^---\n([\s\S]*?)---\n\n([\s\S]*)$/.exec(text)!;
    expect(parse(yaml!)).toMatchObject({
      'nguồn-gốc': 'phỏng vấn',
      id: one.id,
      title: 'Bài: một/hai',
      status: 'published',
      tags: ['kinh tế'],
      claims: [{ id: claim.id, statement: 'Luận điệu sai' }],
      sources: ['nguon2024'],
      publication: { outlet: 'Báo Nhân Dân', date: '2025-01-04', url: 'https://nhandan.vn/bai' },
      rating: { value: 2, label: 'Xuyên tạc' },
    });
    expect(body).toBe(`Theo [@nguon2024, tr. 3].\n\n![Hình](attachments/${image.name})\n`);
    expect(JSON.parse(await readFile(path.join(out, 'references.json'), 'utf8'))).toEqual([
      {
        id: 'nguon2024',
        type: 'report',
        title: 'Nguồn số liệu',
        author: [{ literal: 'Tổng cục Thống kê' }],
        issued: { 'date-parts': [[2024]] },
      },
    ]);
    expect(await readdir(path.join(out, 'attachments'))).toEqual([image.name]);
    // A second export into the same folder overwrites nothing.
    await workspace.services.exports.run(
      { ids: [one.id, two.id], format: 'md', packaging: 'separate' },
      { kind: 'path', path: out },
    );
    expect((await readdir(out)).sort()).toEqual([
      'Bài hai (2).md',
      'Bài hai.md',
      'Bài một hai (2).md',
      'Bài một hai.md',
      'attachments',
      'references (2).json',
      'references.json',
    ]);
  });

  it('makes ClaimReview of published articles and says why it leaves others out', async () => {
    const { one, two } = await sample();
    await callOn(workspace, 'settings:set', {
      publishing: {
        ...(await callOn(workspace, 'settings:get', {})).publishing,
        organisation: 'Báo Nhân Dân',
      },
    });
    const { result, download } = await workspace.services.exports.run(
      { ids: [one.id, two.id], format: 'claimreview', packaging: 'combined' },
      { kind: 'download' },
    );
    expect(result.skipped).toEqual([
      {
        id: two.id,
        title: 'Bài hai',
        reason:
          'the article is not published; the article has no published address (URL); the article has no publication date; the article answers no claim; the article has no rating',
        codes: ['notPublished', 'noUrl', 'noDate', 'noClaim', 'noRating'],
      },
    ]);
    const reviews = JSON.parse(strFromU8(download!));
    expect(reviews).toHaveLength(1);
    expect(reviews[0]).toMatchObject({
      '@type': 'ClaimReview',
      claimReviewed: 'Luận điệu sai',
      reviewRating: { ratingValue: 2, alternateName: 'Xuyên tạc', bestRating: 5 },
      author: { name: 'Báo Nhân Dân' },
    });
    await expect(
      workspace.services.exports.run(
        { ids: [two.id], format: 'claimreview', packaging: 'separate' },
        { kind: 'download' },
      ),
    ).rejects.toThrow(/No ClaimReview could be made: "Bài hai": the article is not published/);
  });

  it('zips several articles for a download, combines them into one document, and refuses to combine Markdown', async () => {
    const { one, two } = await sample();
    const zipped = await workspace.services.exports.run(
      { ids: [one.id, two.id], format: 'html', packaging: 'zip' },
      { kind: 'download' },
    );
    expect(zipped.result.download).toMatchObject({ name: '2 bai viet.zip', mime: 'application/zip' });
    expect(Object.keys(unzipSync(zipped.download!)).sort()).toEqual(['Bài hai.html', 'Bài một hai.html']);
    const combined = await workspace.services.exports.run(
      { ids: [one.id, two.id], format: 'docx', packaging: 'combined' },
      { kind: 'download' },
    );
    expect(combined.result.download).toMatchObject({ name: '2 bai viet.docx' });
    expect(strFromU8(unzipSync(combined.download!)['word/document.xml']!)).toMatch(
      /Mục lục[\s\S]*Bài: một\/hai[\s\S]*Bài hai/,
    );
    await expect(
      workspace.services.exports.run(
        { ids: [one.id, two.id], format: 'md', packaging: 'combined' },
        { kind: 'download' },
      ),
    ).rejects.toThrow(/cannot be combined/);
  });

  it('runs as a job through the contract: progress, a download in pieces, and cancel', async () => {
    const { one, two } = await sample();
    const start = (await dispatch(workspace.handlers, 'export:start', {
      ids: [one.id, two.id],
      format: 'pdf',
      packaging: 'combined',
      destination: 'download',
    })) as { ok: true; value: JobStart };
    const done = await finished(start.value);
    expect(done).toMatchObject({
      state: 'done',
      done: 2,
      total: 2,
      result: { download: { name: '2 bai viet.pdf', mime: 'application/pdf' } },
    });
    const piece = await callOn(workspace, 'jobs:download', { jobId: done.jobId, offset: 0 });
    expect(Buffer.from(piece.data, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
    expect(piece.done).toBe(true);
    expect(await callOn(workspace, 'jobs:dismiss', { jobId: done.jobId })).toEqual({ dismissed: true });

    const before = printed;
    const many = [];
    for (let i = 0; i < 20; i++)
      many.push((await callOn(workspace, 'articles:create', { title: `Bài ${i}`, body: 'x' })).id);
    const running = await callOn(workspace, 'export:start', {
      ids: many,
      format: 'pdf',
      packaging: 'separate',
      destination: 'download',
    });
    if (running.outcome !== 'started') throw new Error('not started');
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(await callOn(workspace, 'jobs:cancel', { jobId: running.status.jobId })).toEqual({
      cancelled: true,
    });
    const stopped = await workspace.services.jobs.settled(running.status.jobId);
    expect(stopped).toMatchObject({ state: 'cancelled', result: null });
    expect(printed - before).toBeLessThan(20);
    await expect(
      callOn(workspace, 'jobs:download', { jobId: running.status.jobId, offset: 0 }),
    ).rejects.toThrow(/no file to download/);
  });

  it('puts one article at the chosen path with its images beside it', async () => {
    const { one, image } = await sample();
    const folder = path.join(root, 'đích');
    await mkdir(folder);
    await writeFile(path.join(folder, 'có sẵn.txt'), 'x');
    await workspace.services.exports.run(
      { ids: [one.id], format: 'md', packaging: 'separate' },
      { kind: 'path', path: path.join(folder, 'bài.md') },
    );
    expect((await readdir(folder)).sort()).toEqual(['attachments', 'bài.md', 'có sẵn.txt']);
    expect(await readdir(path.join(folder, 'attachments'))).toEqual([image.name]);
  });
});
