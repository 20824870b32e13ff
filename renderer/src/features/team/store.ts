import { create, type StoreApi, type UseBoundStore } from 'zustand';
import type { RequestInput } from '../../../../core/ipc/contract.js';
import type { TeamErrorCode, TeamRefusal, TeamStatus } from '../../../../core/ipc/team-contract.js';
import { teamRequestSchemas } from '../../../../core/ipc/team-schemas.js';
import { call, errorMessage } from '../../api/index.js';
import { announceRefusals } from './notify.js';
import { NOT_CONNECTED, isConnected, newRefusals, refusalKey, sameStatus } from './status.js';

/** The team library's channels; each answers the status. */
export type TeamChannel = 'team:status' | 'team:connect' | 'team:disconnect' | 'team:sync';

/** Calls a team channel (the API client in the app; a fake server in the store's tests). */
export type TeamCall = <C extends TeamChannel>(channel: C, request: RequestInput<C>) => Promise<TeamStatus>;

/** What the settings form sends to connect. */
export type ConnectForm = RequestInput<'team:connect'>;

/** A field of the connect form. */
export type ConnectField = keyof ConnectForm;

/** Why the last connect did not succeed. */
export type ConnectFailure =
  /** The server (or the way to it) said no: a code the page explains, and its own words. */
  | { kind: 'server'; code: TeamErrorCode; detail: string | null }
  /** A field is not what a team database takes (the contract's own schema said so). */
  | { kind: 'invalid'; fields: ConnectField[] }
  /** The request did not get an answer from the backend. */
  | { kind: 'request'; detail: string };

/** Why Sync now or Disconnect failed: the team error code when the server's, else `request`. */
export interface ActionFailure {
  code: TeamErrorCode | 'request';
  detail: string;
}

/** The server, database and user last connected to (never the password), to fill the form again. */
export type LastConnection = Omit<ConnectForm, 'password'>;

/** The team library as the page sees it. */
export interface TeamState {
  /** The one copy of the team status in the page. */
  status: TeamStatus;
  /** False until the backend has answered once. */
  loaded: boolean;
  /** The action under way, if any. */
  busy: 'connect' | 'disconnect' | 'sync' | null;
  /** Why the last connect failed; cleared by the next attempt. */
  failure: ConnectFailure | null;
  /** Why the last Sync now or Disconnect failed. */
  actionError: ActionFailure | null;
  last: LastConnection | null;
  /** Asks for the status; answers it, or null when the backend did not answer. */
  refresh(): Promise<TeamStatus | null>;
  /** Connects with the form's values; answers whether the workspace is now connected without an error. */
  connect(form: ConnectForm): Promise<boolean>;
  /** Stops syncing; everything stays in the workspace. */
  disconnect(): Promise<boolean>;
  syncNow(): Promise<void>;
}

/** What the store needs from outside: the channel calls and a way to tell the writer about refusals. */
export interface TeamDeps {
  call: TeamCall;
  /** Hears the refusals that appeared since the last status (not those already there when the page opened). */
  onRefused(refusals: TeamRefusal[]): void;
}

const FIELDS: readonly ConnectField[] = ['server', 'db', 'user', 'password'];

/** Trims what a person may have pasted with spaces around it; the password is kept exactly. */
function tidy(form: ConnectForm): ConnectForm {
  return {
    server: form.server.trim().replace(/\/+$/, ''),
    db: form.db.trim(),
    user: form.user.trim(),
    password: form.password,
  };
}

/** The fields the contract's schema refuses once tidied, in form order (none when it takes them). */
export function invalidFields(form: ConnectForm): ConnectField[] {
  const parsed = teamRequestSchemas['team:connect'].safeParse(tidy(form));
  if (parsed.success) return [];
  const refused = new Set(parsed.error.issues.map((issue) => String(issue.path[0])));
  return FIELDS.filter((field) => refused.has(field));
}

const TEAM_ERROR_CODES: ReadonlySet<string> = new Set<TeamErrorCode>([
  'unreachable',
  'unauthorized',
  'not-couchdb',
  'certificate',
  'no-database',
  'forbidden',
  'no-credentials',
  'other',
]);

/** The team error code a failed call carries (the backend puts it in the error's `details.team`), if any. */
export function teamErrorCode(error: unknown): TeamErrorCode | null {
  const details = (error as { details?: unknown } | null)?.details;
  const code = (details as { team?: unknown } | null | undefined)?.team;
  return typeof code === 'string' && TEAM_ERROR_CODES.has(code) ? (code as TeamErrorCode) : null;
}

/** Why a connect failed: the server's refusal with its words, or the request's own failure. */
const failureOf = (error: unknown): ConnectFailure => {
  const code = teamErrorCode(error);
  return code === null
    ? { kind: 'request', detail: errorMessage(error) }
    : { kind: 'server', code, detail: errorMessage(error) };
};

const actionFailureOf = (error: unknown): ActionFailure => ({
  code: teamErrorCode(error) ?? 'request',
  detail: errorMessage(error),
});

/** Makes the team store: the one owner of the team status in the page. */
export function createTeamStore(deps: TeamDeps): UseBoundStore<StoreApi<TeamState>> {
  /** Refusals already shown (null until the first answer, whose refusals are not news). */
  let seen: Set<string> | null = null;
  let sent = 0;
  let applied = 0;

  return create<TeamState>()((set, get) => {
    /** Takes an answer unless a later request has answered already. */
    const publish = (order: number, next: TeamStatus): boolean => {
      if (order < applied) return false;
      applied = order;
      const fresh = seen === null ? [] : newRefusals(seen, next.refused);
      seen = new Set(next.refused.map(refusalKey));
      const last =
        next.server !== null && next.db !== null && next.user !== null
          ? { server: next.server, db: next.db, user: next.user }
          : get().last;
      if (!sameStatus(get().status, next) || !get().loaded || last !== get().last) {
        set({ status: next, loaded: true, last });
      }
      if (fresh.length > 0) deps.onRefused(fresh);
      return true;
    };
    const ask = async <C extends TeamChannel>(channel: C, request: RequestInput<C>) => {
      const order = ++sent;
      const status = await deps.call(channel, request);
      publish(order, status);
      return status;
    };

    return {
      status: NOT_CONNECTED,
      loaded: false,
      busy: null,
      failure: null,
      actionError: null,
      last: null,
      async refresh() {
        try {
          return await ask('team:status', {});
        } catch {
          return null;
        }
      },
      async connect(raw) {
        if (get().busy !== null) return false;
        const form = tidy(raw);
        const fields = invalidFields(form);
        if (fields.length > 0) {
          set({ failure: { kind: 'invalid', fields } });
          return false;
        }
        set({ busy: 'connect', failure: null, actionError: null });
        try {
          const status = await ask('team:connect', form);
          const code = status.errorCode;
          set({
            busy: null,
            failure: code === null ? null : { kind: 'server', code, detail: status.error },
            last: { server: form.server, db: form.db, user: form.user },
          });
          return isConnected(status) && code === null;
        } catch (error) {
          set({ busy: null, failure: failureOf(error) });
          return false;
        }
      },
      async disconnect() {
        if (get().busy !== null) return false;
        set({ busy: 'disconnect', actionError: null });
        try {
          await ask('team:disconnect', {});
          set({ busy: null, failure: null });
          return true;
        } catch (error) {
          set({ busy: null, actionError: actionFailureOf(error) });
          return false;
        }
      },
      async syncNow() {
        if (get().busy !== null) return;
        set({ busy: 'sync', actionError: null });
        try {
          await ask('team:sync', {});
          set({ busy: null });
        } catch (error) {
          set({ busy: null, actionError: actionFailureOf(error) });
        }
      },
    };
  });
}

/** The team library's status and actions (connect, Sync now, disconnect). */
export const useTeam = createTeamStore({
  call: (channel, request) => call(channel, request),
  onRefused: announceRefusals,
});
