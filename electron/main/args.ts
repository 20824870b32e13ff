/**
 * The value of `--data DIR` or `--data=DIR` in an Electron command line, or
 * null. Electron and Chromium add switches of their own, so unknown ones are
 * ignored rather than refused.
 */
export function dataArg(argv: readonly string[]): string | null {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') break;
    if (arg === '--data') {
      const value = argv[i + 1];
      return value !== undefined && value !== '' && !value.startsWith('--') ? value : null;
    }
    if (arg.startsWith('--data=')) return arg.slice('--data='.length) || null;
  }
  return null;
}

/** The workspace folder: `--data DIR`, else `REBUTTAL_DESK_DATA`, else `workspace` in the OS user-data folder. */
export function resolveWorkspaceDir(
  argv: readonly string[],
  env: Record<string, string | undefined>,
  userDataDir: string,
  join: (...parts: string[]) => string,
): string {
  return dataArg(argv) ?? (env.REBUTTAL_DESK_DATA?.trim() || join(userDataDir, 'workspace'));
}
