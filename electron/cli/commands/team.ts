import { TEAM_DB_PATTERN, type TeamStatus } from '../../../core/index.js';
import { initTeamDatabase } from '../../backend/index.js';
import { call, UsageError, withWorkspace, type Command, type CommandContext } from '../command.js';
import { json } from '../format.js';

/** Environment variable holding the password when `--password-stdin` is not given. */
const PASSWORD_ENV = 'REBUTTAL_TEAM_PASSWORD';

async function password(context: CommandContext): Promise<string> {
  if (context.values['password-stdin'] === true) {
    const text = (await context.io.stdin()).replace(/\r?\n$/, '');
    if (text !== '') return text;
  }
  const fromEnv = context.io.env[PASSWORD_ENV];
  if (fromEnv !== undefined && fromEnv !== '') return fromEnv;
  throw new UsageError(`the password comes from --password-stdin or $${PASSWORD_ENV}`, teamCommand);
}

const need = (context: CommandContext, name: string): string => {
  const value = context.values[name];
  if (typeof value !== 'string' || value === '') throw new UsageError(`team needs --${name}`, teamCommand);
  return value;
};

/** The `--db` of `team init`, which goes to the server without the contract's schema. */
function dbName(context: CommandContext): string {
  const db = need(context, 'db');
  if (!TEAM_DB_PATTERN.test(db))
    throw new UsageError(
      `${db} is not a CouchDB database name (a-z first, then a-z 0-9 _$()+-/)`,
      teamCommand,
    );
  return db;
}

function describe(status: TeamStatus): string {
  if (status.state === 'off') return 'Not connected to a team database.\n';
  const lines = [
    `${status.user}@${status.server}/${status.db} (${status.role ?? 'role unknown'}): ${status.state}`,
    `waiting: ${status.waiting}; last sync: ${status.lastSyncAt ?? 'never'}`,
  ];
  if (status.error !== null) lines.push(`error (${status.errorCode}): ${status.error}`);
  for (const refusal of status.refused)
    lines.push(`refused ${refusal.direction} ${refusal.docId} "${refusal.label}": ${refusal.reason}`);
  return `${lines.join('\n')}\n`;
}

/**
 * `team connect|status|sync|disconnect|init`: the team library on CouchDB.
 * The CLI keeps no password between runs: each run that talks to the server
 * reads it from standard input or the environment.
 */
export const teamCommand: Command = {
  name: 'team',
  summary:
    'connect the workspace to a team database on CouchDB, sync it, show its status, prepare a database',
  synopsis:
    'team connect --server URL --db NAME --user NAME [--password-stdin] | team status [--json] | team sync [--password-stdin] [--json] | team disconnect | team init --server URL --db NAME --admin NAME [--password-stdin]',
  details: [
    'connect           check the server (CouchDB, certificate, name and password, database) and connect',
    'status            the connection, what is waiting, the last sync and the refusals',
    'sync              one full sync (pull, then push), then exit; exit code 1 when it did not complete',
    'disconnect        stop syncing; everything stays in the workspace',
    'init              as the server admin: create the database if missing, install the roles',
    '                  (_design/rebuttal validate_doc_update) and _security; safe to run again',
    `--password-stdin  read the password from standard input (else $${PASSWORD_ENV}); never echoed`,
    'The CLI keeps no password: the desktop app keeps it with the system keychain (safeStorage);',
    'here each connect and sync reads it again from standard input or the environment.',
  ],
  options: {
    server: { type: 'string' },
    db: { type: 'string' },
    user: { type: 'string' },
    admin: { type: 'string' },
    'password-stdin': { type: 'boolean' },
    json: { type: 'boolean' },
  },
  positionals: [1, 1],
  async run(context) {
    const [action] = context.positionals as [string];
    const out = (status: TeamStatus) =>
      context.io.stdout(context.values.json === true ? json(status) : describe(status));
    if (action === 'init') {
      const result = await initTeamDatabase({
        server: need(context, 'server'),
        db: dbName(context),
        admin: need(context, 'admin'),
        password: await password(context),
      });
      context.io.stdout(
        context.values.json === true
          ? json(result)
          : `Database ${result.createdDatabase ? 'created' : 'already there'}; roles ${result.designDocument}; security set.\n`,
      );
      return 0;
    }
    if (action === 'connect') {
      const request = {
        server: need(context, 'server'),
        db: need(context, 'db'),
        user: need(context, 'user'),
      };
      const secret = await password(context);
      const status = await withWorkspace(context, 'write', (workspace) =>
        call(workspace, 'team:connect', { ...request, password: secret }),
      );
      out(status);
      return 0;
    }
    if (action === 'status') {
      out(await withWorkspace(context, 'read', (workspace) => call(workspace, 'team:status', {})));
      return 0;
    }
    if (action === 'disconnect') {
      out(await withWorkspace(context, 'write', (workspace) => call(workspace, 'team:disconnect', {})));
      return 0;
    }
    if (action === 'sync') {
      const secret = await password(context);
      const status = await withWorkspace(context, 'write', async (workspace) => {
        const current = await call(workspace, 'team:status', {});
        if (current.state === 'off')
          throw new UsageError('the workspace is not connected: run team connect first', teamCommand);
        await call(workspace, 'team:connect', {
          server: current.server!,
          db: current.db!,
          user: current.user!,
          password: secret,
        });
        return call(workspace, 'team:sync', {});
      });
      out(status);
      if (status.state === 'synced' || status.state === 'waiting') return 0;
      context.io.stderr(`Sync did not complete: ${status.error ?? status.state}\n`);
      return 1;
    }
    throw new UsageError(`unknown team action ${action}`, teamCommand);
  },
};
