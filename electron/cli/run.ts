import { parseArgs } from 'node:util';
import { toErrorInfo } from '../../core/index.js';
import { UsageError, type CliIo, type Command, type CommandContext } from './command.js';
import { COMMANDS } from './commands/index.js';

/** Name of the program in messages. */
const PROGRAM = 'rebuttal-desk';

/** Environment variable naming the workspace folder when `--data` is not given. */
const DATA_ENV = 'REBUTTAL_DESK_DATA';

const GLOBAL_OPTIONS = {
  data: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** The overall help. */
function globalUsage(): string {
  const width = Math.max(...COMMANDS.map((command) => command.name.length));
  return [
    `Usage: ${PROGRAM} [--data DIR] <command> [options]`,
    '',
    'Commands:',
    ...COMMANDS.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`),
    '',
    'Options:',
    `  --data DIR   the workspace folder (default: $${DATA_ENV})`,
    `  -h, --help   this help; \`${PROGRAM} <command> --help\` for one command`,
    '',
  ].join('\n');
}

/** The help of one command. */
function commandUsage(command: Command): string {
  return [
    `Usage: ${PROGRAM} [--data DIR] ${command.synopsis}`,
    '',
    command.summary.charAt(0).toUpperCase() + command.summary.slice(1) + '.',
    ...(command.details === undefined ? [] : ['', ...command.details.map((line) => `  ${line}`)]),
    '',
  ].join('\n');
}

/** Splits `[global flags] command [command args]`. */
function splitArgs(args: readonly string[]) {
  let i = 0;
  while (i < args.length && args[i]!.startsWith('-')) i += args[i] === '--data' ? 2 : 1;
  return { globals: args.slice(0, i), name: args[i], rest: args.slice(i + 1) };
}

function parse<T extends Parameters<typeof parseArgs>[0]>(config: T, command: Command | null) {
  try {
    return parseArgs(config);
  } catch (error) {
    throw new UsageError((error as Error).message, command);
  }
}

/** Takes `--data DIR` and `--data=DIR` out of a raw command's arguments. */
function takeDataFlag(args: readonly string[]): { data: string | undefined; rest: string[] } {
  const rest: string[] = [];
  let data: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--data') data = args[++i] ?? '';
    else if (arg.startsWith('--data=')) data = arg.slice('--data='.length);
    else rest.push(arg);
  }
  return { data, rest };
}

async function runCommand(
  command: Command,
  args: readonly string[],
  dataFlag: string | undefined,
  io: CliIo,
) {
  if (command.rawArgs === true) {
    const { data, rest } = takeDataFlag(args);
    return runParsed(command, { values: {}, positionals: [], args: rest }, data ?? dataFlag, io);
  }
  const { values, positionals } = parse(
    {
      args: [...args],
      options: { ...command.options, ...GLOBAL_OPTIONS },
      strict: true,
      allowPositionals: true,
    },
    command,
  );
  if (values.help === true) {
    io.stdout(commandUsage(command));
    return 0;
  }
  const [min, max] = command.positionals;
  if (positionals.length < min || positionals.length > max) {
    throw new UsageError(
      `${command.name} takes ${min === max ? min : `${min} to ${max}`} arguments`,
      command,
    );
  }
  return runParsed(
    command,
    { values: values as Record<string, string | boolean | undefined>, positionals, args },
    (values.data as string | undefined) ?? dataFlag,
    io,
  );
}

async function runParsed(
  command: Command,
  parsed: Pick<CommandContext, 'values' | 'positionals' | 'args'>,
  dataFlag: string | undefined,
  io: CliIo,
) {
  const data = dataFlag ?? io.env[DATA_ENV];
  const code = await command.run({
    io,
    ...parsed,
    dataDir: () => {
      if (data === undefined || data === '') {
        throw new UsageError(`no workspace folder: pass --data DIR or set ${DATA_ENV}`, command);
      }
      return data;
    },
  });
  return code ?? 0;
}

/** Runs the CLI on `args` (without node and script); resolves to the exit code: 0 ok, 1 error, 2 usage error. */
export async function runCli(args: readonly string[], io: CliIo): Promise<number> {
  try {
    const { globals, name, rest } = splitArgs(args);
    const { values } = parse({ args: [...globals], options: GLOBAL_OPTIONS, strict: true }, null);
    if (name === undefined) {
      if (values.help === true) {
        io.stdout(globalUsage());
        return 0;
      }
      throw new UsageError('no command given');
    }
    const command = COMMANDS.find((candidate) => candidate.name === name);
    if (command === undefined) throw new UsageError(`unknown command "${name}"`);
    if (values.help === true) {
      io.stdout(commandUsage(command));
      return 0;
    }
    return await runCommand(command, rest, values.data as string | undefined, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(
        `${PROGRAM}: ${error.message}\n\n${error.command ? commandUsage(error.command) : globalUsage()}`,
      );
      return 2;
    }
    io.stderr(`${PROGRAM}: ${toErrorInfo(error).message.replace(/\s+/g, ' ')}\n`);
    return 1;
  }
}
