/** Version of Rebuttal Desk, as in package.json (a test keeps the two equal); recorded in backups. */
export const APP_VERSION = '0.1.0';
