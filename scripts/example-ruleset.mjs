// Writes examples/rulesets/default.json from the default ruleset that lives in core
// (core/decide/default-ruleset.json), so the example never drifts from what the code uses.
// `--check` exits 1 when the example differs instead of writing it.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const source = `${root}core/decide/default-ruleset.json`;
const target = `${root}examples/rulesets/default.json`;
const text = readFileSync(source, 'utf8');
JSON.parse(text); // refuse to copy a broken file

if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(target, 'utf8');
  } catch {}
  if (current !== text) {
    console.error(`${target} differs from ${source}; run node scripts/example-ruleset.mjs`);
    process.exit(1);
  }
} else {
  writeFileSync(target, text);
}
