import { z } from 'zod';

/** Longest server address accepted. */
const MAX_SERVER_URL = 2_000;

/** A CouchDB database name (CouchDB's own rule). */
export const TEAM_DB_PATTERN = /^[a-z][a-z0-9_$()+/-]{0,237}$/;

/** An http(s) address with a host, no credentials in it, no query or fragment. */
const SERVER_URL = /^https?:\/\/[^\s/@?#:]+(:\d{1,5})?(\/[^\s@?#]*)?$/i;

const server = z.string().max(MAX_SERVER_URL).regex(SERVER_URL, 'not an http(s) address without credentials');

/** Request schemas of the team library. */
export const teamRequestSchemas = {
  'team:status': z.strictObject({}),
  /** Connects the workspace to a team database; the password is kept by the host's secret store, never in the workspace. */
  'team:connect': z.strictObject({
    server,
    db: z.string().regex(TEAM_DB_PATTERN, 'not a CouchDB database name'),
    user: z.string().min(1).max(200),
    password: z.string().min(1).max(1_000),
  }),
  /** Stops syncing; everything stays in the workspace. */
  'team:disconnect': z.strictObject({}),
  /** Syncs now instead of waiting for the next change or back-off. */
  'team:sync': z.strictObject({}),
} as const;
