import { TeamError, TeamRemote } from './remote.js';
import { VALIDATE_DOC_UPDATE } from './validate-doc.js';

/** The design document `team init` installs. */
const DESIGN_ID = '_design/rebuttal';

/** What `team init` did. */
export interface TeamInitResult {
  createdDatabase: boolean;
  /** 'installed', 'updated' or 'unchanged'. */
  designDocument: 'installed' | 'updated' | 'unchanged';
}

/**
 * Prepares a team database as its server admin: creates it when missing,
 * installs or updates `_design/rebuttal` (the roles, {@link VALIDATE_DOC_UPDATE})
 * and sets `_security` (members: roles writer and editor; admins: `_admin`).
 * Running it again changes nothing that is already right.
 */
export async function initTeamDatabase(options: {
  server: string;
  db: string;
  admin: string;
  password: string;
}): Promise<TeamInitResult> {
  const remote = new TeamRemote({
    server: options.server.replace(/\/+$/, ''),
    db: options.db,
    user: options.admin,
    password: options.password,
    signal: new AbortController().signal,
  });
  await remote.welcome();
  const roles = await remote.roles();
  if (!roles.includes('_admin'))
    throw new TeamError('forbidden', `${options.admin} is not an admin of the server.`);
  let createdDatabase = false;
  try {
    await remote.call({ db: true, method: 'PUT' });
    createdDatabase = true;
  } catch (error) {
    if (!(error instanceof TeamError && error.status === 412)) throw error;
  }
  const existing = await remote.revision(DESIGN_ID);
  let designDocument: TeamInitResult['designDocument'] = 'unchanged';
  if (existing === null || existing.validate_doc_update !== VALIDATE_DOC_UPDATE) {
    await remote.call({
      db: true,
      method: 'PUT',
      path: DESIGN_ID,
      body: {
        _id: DESIGN_ID,
        ...(existing === null ? {} : { _rev: existing._rev }),
        language: 'javascript',
        validate_doc_update: VALIDATE_DOC_UPDATE,
      },
    });
    designDocument = existing === null ? 'installed' : 'updated';
  }
  await remote.call({
    db: true,
    method: 'PUT',
    path: '_security',
    body: { admins: { names: [], roles: ['_admin'] }, members: { names: [], roles: ['writer', 'editor'] } },
  });
  return { createdDatabase, designDocument };
}
