// A child process for the team loop test: opens a workspace as the desktop
// app does (continuous team sync), connects it, writes an article and prints
// `synced` once it is on the server; on the line `close` it closes the
// workspace, prints `closed` and returns. The process must then exit by
// itself: a timer or socket the team service left behind would keep it alive.
//   TEAM_PASSWORD=… node team-loop.mjs DIR SERVER_URL
import { createInterface } from 'node:readline';
import { openWorkspace } from '../workspace.js';

const [dir, server] = process.argv.slice(2) as [string, string];
const lines = createInterface({ input: process.stdin });
const closeAsked = new Promise<void>((resolve) => lines.on('line', (line) => line === 'close' && resolve()));

const workspace = await openWorkspace({ dir, owner: 'app' });
await workspace.handlers['team:connect']({
  server,
  db: 'team',
  user: 'lan',
  password: process.env.TEAM_PASSWORD ?? '',
});
await workspace.handlers['articles:create']({ title: 'Bài từ tiến trình con', body: 'Nội dung gửi lên.' });
for (;;) {
  const status = await workspace.handlers['team:status']({});
  if (status.state === 'synced' && status.waiting === 0 && status.lastSyncAt !== null) break;
  if (status.state === 'error') throw new Error(`team sync failed: ${status.error}`);
  await new Promise((resolve) => setTimeout(resolve, 50));
}
process.stdout.write('synced\n');
await closeAsked;
await workspace.close();
lines.close();
process.stdin.destroy();
process.stdout.write('closed\n');
