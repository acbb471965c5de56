// Summarises a `--cpu-prof` profile: self time by function and by package, top first.
// Usage: node bench/http/profile-summary.mjs <file.cpuprofile> [rows] [from-to]
// from-to: seconds before the profile's end to keep (e.g. 17-9: bench:http's service run,
// which ends 8 s (the bare server's run) before the service is stopped).
import { readFileSync } from 'node:fs';

const [file, rows = '40', window] = process.argv.slice(2);
if (!file) {
  process.stderr.write('usage: node bench/http/profile-summary.mjs <file.cpuprofile> [rows]\n');
  process.exit(2);
}
const profile = JSON.parse(readFileSync(file, 'utf8'));
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map();
const [from, to] = window ? window.split('-').map((x) => Number(x) * 1e6) : [Infinity, -Infinity];
let at = profile.startTime;
profile.samples.forEach((id, i) => {
  at += profile.timeDeltas[i] ?? 0;
  const beforeEnd = profile.endTime - at;
  if (window && (beforeEnd > from || beforeEnd < to)) return;
  self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
});
const total = [...self.values()].reduce((a, b) => a + b, 0);
const place = (url) => {
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (m) return m[1];
  if (url.includes('/server/')) return `server/${url.split('/server/')[1]}`;
  if (url.includes('/core/')) return `core/${url.split('/core/')[1].split('/')[0]}`;
  return url ? 'other' : '(native)';
};
const fns = new Map();
const pkgs = new Map();
for (const [id, t] of self) {
  const { callFrame: f } = byId.get(id);
  const name = `${f.functionName || '(anonymous)'} ${place(f.url)}:${f.lineNumber + 1}`;
  fns.set(name, (fns.get(name) ?? 0) + t);
  const p = place(f.url);
  pkgs.set(p, (pkgs.get(p) ?? 0) + t);
}
const show = (title, m) => {
  process.stdout.write(`\n${title}\n`);
  [...m]
    .sort((a, b) => b[1] - a[1])
    .slice(0, Number(rows))
    .forEach(([k, t]) =>
      process.stdout.write(`${((t / total) * 100).toFixed(1).padStart(5)}%  ${k}\n`),
    );
};
show('self time by place', pkgs);
show('self time by function', fns);
