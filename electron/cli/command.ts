import type { ParseArgsConfig } from 'node:util';
import { AppError, dispatch, type Channel, type RequestInput, type ResponseOf } from '../../core/index.js';
import { defaultPdfPrinter, openWorkspace, type Workspace } from '../backend/index.js';

/** Where a command reads and writes: the process streams, or buffers in tests. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** The whole of standard input. */
  stdin(): Promise<string>;
  env: Record<string, string | undefined>;
}

/** What a command receives after its flags were parsed. */
export interface CommandContext {
  io: CliIo;
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
  /** The arguments after the command name as typed (what a `rawArgs` command reads instead of values). */
  args: readonly string[];
  /** The workspace folder from `--data` or REBUTTAL_DESK_DATA; a usage error when neither is given. */
  dataDir(): string;
}

/** One CLI command. */
export interface Command {
  name: string;
  /** One line for the command list. */
  summary: string;
  /** Synopsis after the program name, e.g. `add --title T [--body-file F]`. */
  synopsis: string;
  /** Extra lines of help: what each flag means. */
  details?: string[];
  options: NonNullable<ParseArgsConfig['options']>;
  /** Allowed number of positional arguments. */
  positionals: [min: number, max: number];
  /**
   * Reads its own arguments from `context.args` (only `--data DIR` is taken
   * out first): for query text such as `-word` that strict flag parsing refuses.
   */
  rawArgs?: boolean;
  /** Runs the command; resolves to the exit code (0 when nothing is returned). */
  run(context: CommandContext): Promise<number | void>;
}

/** A mistake in how the command was called: usage on stderr, exit code 2. */
export class UsageError extends Error {
  readonly command: Command | null;

  constructor(message: string, command: Command | null = null) {
    super(message);
    this.name = 'UsageError';
    this.command = command;
  }
}

/** Opens the workspace of the context, runs `task` with it and always closes it. */
export async function withWorkspace<T>(
  context: CommandContext,
  mode: 'write' | 'read',
  task: (workspace: Workspace) => Promise<T>,
): Promise<T> {
  const workspace = await openWorkspace({
    dir: context.dataDir(),
    mode,
    owner: 'cli',
    host: { pdfPrinter: defaultPdfPrinter(context.io.env) },
  });
  try {
    return await task(workspace);
  } finally {
    await workspace.close();
  }
}

/** Calls one channel through the same dispatch as the app; an error envelope becomes a thrown AppError. */
export async function call<C extends Channel>(
  workspace: Workspace,
  channel: C,
  request: RequestInput<C>,
): Promise<ResponseOf<C>> {
  const result = await dispatch(workspace.handlers, channel, request);
  if (result.ok) return result.value as ResponseOf<C>;
  const issues = Array.isArray(result.error.details)
    ? (result.error.details as { path: string; message: string }[])
        .map((issue) => ` (${issue.path || 'request'}: ${issue.message})`)
        .join('')
    : '';
  throw new AppError(result.error.code, result.error.message + issues, result.error.details);
}
