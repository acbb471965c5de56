/**
 * The baseline: a bare `node:http` server doing the same core work as the rule service's
 * two endpoints (parse, validate, compile once / the full handoff pipeline), without framework, keys,
 * limits, logs or metrics. Prints its port on stdout.
 */
import { createServer } from 'node:http';
import { compile, runHandoff, validateInput, type CompiledRule } from '../../core';

const rules = new Map<string, CompiledRule>();

const server = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    let status = 200;
    let out: unknown;
    try {
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
        rule?: unknown;
        data?: unknown;
      };
      if (req.url === '/evaluate') {
        const key = JSON.stringify(body.rule);
        let rule = rules.get(key);
        if (!rule) rules.set(key, (rule = compile(body.rule)));
        out = { result: rule.evaluate(body.data) };
      } else {
        const input = validateInput(body);
        if (!input.ok) {
          status = 400;
          out = { issues: input.issues };
        } else out = runHandoff(input.value);
      }
    } catch (error) {
      status = 400;
      out = { error: String(error) };
    }
    const text = JSON.stringify(out);
    res.writeHead(status, {
      'content-type': 'application/json',
      'content-length': Buffer.byteLength(text),
    });
    res.end(text);
  });
});
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`${(server.address() as { port: number }).port}\n`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
