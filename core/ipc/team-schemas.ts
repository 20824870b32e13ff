import { z } from 'zod';

/** Longest server address accepted. */
const MAX_SERVER_URL = 2_000;

/** A CouchDB database name (CouchDB's own rule). */
export const TEAM_DB_PATTERN = /^[a-z][a-z0-9_$()+/-]{0,237}$/;

/** An http(s) address: a host name, IPv4 or [IPv6] address, an optional port and path; no credentials, query or fragment. */
const SERVER_URL =
  /^[Hh][Tt][Tt][Pp][Ss]?:\/\/(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*|\[[0-9A-Fa-f:.]{2,45}\])(?::\d{1,5})?(?:\/[^\s@?#%\\]*)?$/;

/** The port of an address {@link SERVER_URL} accepts, when it names one. */
const portOf = (address: string): number | null => {
  const authority = address.slice(address.indexOf('//') + 2).split('/')[0]!;
  const port = /:(\d+)$/.exec(authority);
  return port === null ? null : Number(port[1]);
};

const server = z
  .string()
  .max(MAX_SERVER_URL)
  .regex(SERVER_URL, 'not an http(s) address without credentials')
  .refine((address) => (portOf(address) ?? 0) <= 65_535, 'not a port number');

/** A CouchDB user name: no control characters, and no colon (it separates the name from the password). */
// eslint-disable-next-line no-control-regex -- control characters are what the name may not hold
const USER_NAME = /^[^\u0000-\u001f\u007f:]+$/;

/** Request schemas of the team library. */
export const teamRequestSchemas = {
  'team:status': z.strictObject({}),
  /** Connects the workspace to a team database; the password is kept by the host's secret store, never in the workspace. */
  'team:connect': z.strictObject({
    server,
    db: z.string().regex(TEAM_DB_PATTERN, 'not a CouchDB database name'),
    user: z.string().min(1).max(200).regex(USER_NAME, 'not a user name'),
    password: z.string().min(1).max(1_000),
  }),
  /** Stops syncing; everything stays in the workspace. */
  'team:disconnect': z.strictObject({}),
  /** Syncs now instead of waiting for the next change or back-off. */
  'team:sync': z.strictObject({}),
} as const;
