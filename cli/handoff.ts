import { commands } from './commands';
import { runJsonLines } from './jsonl';

const usage = [
  'Usage: handoff <command> [options] < input.jsonl > output.jsonl',
  '',
  'Reads JSON Lines on stdin and writes one JSON line per input line, in order.',
  'A line that fails gets {"error": "…"} and the rest still run; blank lines are skipped.',
  '',
  'Commands:',
  ...commands.map((c) => `  ${c.name.padEnd(10)} ${c.summary}`),
  '',
  'Run "handoff <command> --help" for its input and options.',
].join('\n');

async function main(argv: string[]): Promise<number> {
  const [name, ...flags] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(`${usage}\n`);
    return name === undefined ? 2 : 0;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    process.stderr.write(`handoff: unknown command "${name}"\n\n${usage}\n`);
    return 2;
  }
  if (flags.includes('--help') || flags.includes('-h')) {
    process.stdout.write(`${command.help}\n`);
    return 0;
  }
  if (command.run) {
    try {
      return await command.run(flags, process.stdin, process.stdout);
    } catch (error) {
      process.stderr.write(`handoff ${name}: ${(error as Error).message}\n`);
      return 2;
    }
  }
  let handler;
  try {
    if (!command.create) throw new Error('this command has no line handler');
    handler = command.create(flags);
  } catch (error) {
    process.stderr.write(`handoff ${name}: ${(error as Error).message}\n`);
    return 2;
  }
  await runJsonLines(handler, process.stdin, process.stdout);
  // Failed lines are reported in the output; the run itself succeeded.
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`handoff: ${(error as Error).stack ?? String(error)}\n`);
    process.exitCode = 1;
  },
);
