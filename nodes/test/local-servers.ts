import { createServer as createHttpServer, type IncomingMessage } from 'node:http';
import { createServer as createTcpServer, type AddressInfo } from 'node:net';

/** A request a local test server received. */
export interface Received {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  body: unknown;
}

export interface Reply {
  status?: number;
  body?: unknown;
}

export interface LocalServer {
  url: string;
  received: Received[];
  close(): Promise<void>;
}

/**
 * A JSON HTTP server on 127.0.0.1 and a free port, standing in for the services the
 * example workflows call (CRM, Chatwoot, Slack...). Records every request.
 */
export async function startJsonServer(
  handle: (req: Received) => Reply | Promise<Reply>,
): Promise<LocalServer> {
  const received: Received[] = [];
  const server = createHttpServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    let body: unknown = text;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      // Not JSON: keep the text, the assertions say what they expect.
    }
    const entry = { method: req.method ?? 'GET', path: req.url ?? '/', headers: req.headers, body };
    received.push(entry);
    const reply = await handle(entry);
    res.writeHead(reply.status ?? 200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(reply.body ?? {}));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export interface SmtpSink {
  port: number;
  /** Each message's raw DATA (headers and body). */
  messages: string[];
  close(): Promise<void>;
}

/** The least SMTP server that lets n8n's Send Email node deliver: it keeps every message. */
export async function startSmtpSink(): Promise<SmtpSink> {
  const messages: string[] = [];
  const server = createTcpServer((socket) => {
    let buffer = '';
    let inData = false;
    socket.write('220 handoff-test ESMTP\r\n');
    socket.on('data', (chunk) => {
      buffer += chunk.toString('utf8');
      for (;;) {
        if (inData) {
          const end = buffer.indexOf('\r\n.\r\n');
          if (end < 0) return;
          messages.push(buffer.slice(0, end));
          buffer = buffer.slice(end + 5);
          inData = false;
          socket.write('250 OK queued\r\n');
          continue;
        }
        const eol = buffer.indexOf('\r\n');
        if (eol < 0) return;
        const line = buffer.slice(0, eol);
        buffer = buffer.slice(eol + 2);
        const verb = line.slice(0, 4).toUpperCase();
        if (verb === 'EHLO') socket.write('250-handoff-test\r\n250 8BITMIME\r\n');
        else if (verb === 'DATA') {
          inData = true;
          socket.write('354 End data with <CR><LF>.<CR><LF>\r\n');
        } else if (verb === 'QUIT') socket.end('221 Bye\r\n');
        else socket.write('250 OK\r\n');
      }
    });
    socket.on('error', () => socket.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    messages,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
