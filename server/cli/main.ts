import type { CliCommand } from './command';
import { UsageError } from './command';
import { isAppError } from '../errors';

/** Sub-commands are loaded lazily so that `search` does not pay for the rule engine and vice versa. */
const COMMANDS: Record<string, () => Promise<{ command: CliCommand }>> = {
  // one line per sub-command, each owned by its module
  batch: () => import('./commands/batch'),
  check: () => import('./commands/check'),
  search: () => import('./commands/search'),
  corpus: () => import('./commands/corpus'),
  thesaurus: () => import('./commands/thesaurus'),
};

function help(): string {
  return [
    'Digitalcheck-Assistent – Kommandozeile',
    '',
    'Aufruf: npm run -s cli -- <Befehl> [Optionen]',
    '',
    'Befehle:',
    ...Object.keys(COMMANDS).map((n) => `  ${n}`),
    '',
    'Hilfe zu einem Befehl: npm run -s cli -- <Befehl> --help',
  ].join('\n');
}

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(help() + '\n');
    return name ? 0 : 2;
  }
  const load = COMMANDS[name];
  if (!load) {
    process.stderr.write(`Unbekannter Befehl „${name}“.\n\n${help()}\n`);
    return 2;
  }
  const { command } = await load();
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(`${command.summary}\n\n${command.usage}\n`);
    return 0;
  }
  try {
    return await command.run(args);
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`Fehler: ${e.message}\n\n${command.usage}\n`);
      return 2;
    }
    if (isAppError(e)) {
      process.stderr.write(`Fehler: ${e.userMessage}\n`);
      return 1;
    }
    throw e;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`Unerwarteter Fehler: ${e instanceof Error ? e.stack ?? e.message : String(e)}\n`);
    process.exitCode = 1;
  },
);
