import { invoke } from '../../testing/invoke.js';
import { tempWorkspace, type TempWorkspace } from '../../testing/temp-workspace.js';
import type { Workspace } from '../../workspace.js';
import { initTeamDatabase } from '../setup.js';
import { CouchServer } from './couch-server.js';

/** Passwords of the test users. */
export const PASSWORDS = { admin: 'quản-trị-secret-1', lan: 'lan-secret-PW-42', minh: 'minh-secret-PW-77' };

/** A running test server with the team database prepared: writer `lan`, editor `minh`. */
export async function teamServer(db = 'team'): Promise<CouchServer> {
  const server = new CouchServer();
  await server.start();
  await server.createAdmin('admin', PASSWORDS.admin);
  await server.createUser('lan', PASSWORDS.lan, ['writer']);
  await server.createUser('minh', PASSWORDS.minh, ['editor']);
  await initTeamDatabase({ server: server.url, db, admin: 'admin', password: PASSWORDS.admin });
  return server;
}

/** A workspace in its own temp folder connected to the test database as `user`. */
export async function teamClient(
  server: CouchServer,
  user: 'lan' | 'minh' = 'lan',
  db = 'team',
): Promise<{ temp: TempWorkspace; workspace: Workspace }> {
  const temp = await tempWorkspace('rd-team-');
  const workspace = await temp.open();
  await invoke(workspace, 'team:connect', { server: server.url, db, user, password: PASSWORDS[user] });
  return { temp, workspace };
}
