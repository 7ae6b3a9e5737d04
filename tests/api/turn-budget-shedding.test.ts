import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../helpers/test-app.ts';
import { testOperationsConfig } from '../../api/config.ts';

/**
 * The request queue (issue 17, api/plugins/turn-budget-shedding.ts): requests that waited in the
 * queue longer than the budget get 503 + Retry-After + Connection: close at once, probes never
 * wait, and the server serves normally again as soon as the burst is over.
 */

let ctx: TestContext;
let port = 0;

beforeAll(async () => {
  ctx = await createTestApp({
    demoData: true,
    config: { operations: testOperationsConfig({ loadShedTurnBudgetMs: 1, loadShedRetryAfterSeconds: 4 }) },
  });
  port = Number(new URL(await ctx.app.listen({ port: 0, host: '127.0.0.1' })).port);
});

afterAll(async () => {
  await ctx.close();
});

async function openSockets(count: number): Promise<Socket[]> {
  return Promise.all(
    Array.from(
      { length: count },
      () =>
        new Promise<Socket>((resolve) => {
          const socket = connect(port, '127.0.0.1', () => resolve(socket));
        }),
    ),
  );
}

/** Resolves once the server has accepted `count` connections (libuv accepts one per loop iteration). */
async function acceptedConnections(count: number): Promise<void> {
  for (;;) {
    const open = await new Promise<number>((resolve, reject) =>
      ctx.app.server.getConnections((error, n) => (error ? reject(error) : resolve(n))),
    );
    if (open >= count) return;
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/** The whole response on a socket (the server closes it: Connection: close). */
function responseOf(socket: Socket): Promise<string> {
  return new Promise((resolve) => {
    let text = '';
    socket.on('data', (chunk) => (text += chunk.toString()));
    socket.on('end', () => resolve(text));
  });
}

describe('turn-budget shedding', () => {
  it('answers a burst read in one turn with 503 + Retry-After past the budget, never the probes, and serves again afterwards', async () => {
    const sockets = await openSockets(41);
    const responses = sockets.map(responseOf);
    // Written in one go, so the server reads all of them in the same turn; the probe comes last.
    sockets.forEach((socket, i) => {
      const path =
        i === sockets.length - 1
          ? '/healthz'
          : '/api/v1/enterprises?q=%CE%BA%CE%BF%CE%B9%CE%BD%CF%89%CE%BD%CE%B9%CE%BA%CE%AE&pageSize=50';
      socket.write(`GET ${path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n`);
    });
    const texts = await Promise.all(responses);
    const status = (text: string) => Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1]);
    const searches = texts.slice(0, -1);
    const shed = searches.filter((t) => status(t) === 503);
    expect(searches.filter((t) => status(t) === 200).length).toBeGreaterThan(0);
    expect(shed.length).toBeGreaterThan(0);
    expect(shed[0]).toMatch(/\r\nretry-after: 4\r\n/i);
    expect(shed[0]).toMatch(/\r\ncontent-type: application\/problem\+json/i);
    expect(JSON.parse(shed[0]!.split('\r\n\r\n')[1]!)).toMatchObject({ status: 503, code: 'overloaded' });
    expect(status(texts.at(-1)!)).toBe(200);

    const after = await fetch(
      `http://127.0.0.1:${port}/api/v1/enterprises?q=%CE%BA%CE%BF%CE%B9%CE%BD%CF%89%CE%BD%CE%B9%CE%BA%CE%AE`,
    );
    expect(after.status).toBe(200);
  });

  it('closes the connection of a shed request and keeps served ones alive', async () => {
    const sockets = await openSockets(30);
    // All accepted first, so the burst below is read in one go and queued.
    await acceptedConnections(30);
    const firstAnswers = sockets.map(
      (socket) =>
        new Promise<{ head: string; ended: Promise<boolean> }>((resolve) => {
          let text = '';
          const ended = new Promise<boolean>((resolveEnd) => {
            socket.once('end', () => resolveEnd(true));
            socket.once('close', () => resolveEnd(true));
          });
          socket.on('data', (chunk) => {
            text += chunk.toString();
            const length = Number(/\r\ncontent-length: (\d+)/i.exec(text)?.[1] ?? -1);
            const [head, body] = text.split('\r\n\r\n');
            if (length >= 0 && body !== undefined && Buffer.byteLength(body) >= length) resolve({ head: head!, ended });
          });
        }),
    );
    // Keep-alive requests, all written at once.
    sockets.forEach((socket) =>
      socket.write(
        'GET /api/v1/enterprises?q=%CE%BA%CE%B1%CE%B8%CE%B1%CF%81%CE%B9%CF%83%CE%BC%CF%8C%CF%82&pageSize=50 HTTP/1.1\r\nHost: localhost\r\n\r\n',
      ),
    );
    const answers = await Promise.all(firstAnswers);
    const shed = answers.filter((a) => a.head.startsWith('HTTP/1.1 503'));
    const served = answers.filter((a) => a.head.startsWith('HTTP/1.1 200'));
    expect(shed.length + served.length).toBe(sockets.length);
    expect(shed.length).toBeGreaterThan(0);
    for (const answer of shed) {
      expect(answer.head).toMatch(/\r\nconnection: close/i);
      expect(answer.head).toMatch(/\r\nretry-after: 4/i);
      expect(await answer.ended).toBe(true);
    }
    // A served connection is kept alive for the client's next request.
    for (const answer of served) expect(answer.head).not.toMatch(/\r\nconnection: close/i);
    sockets.forEach((socket) => socket.destroy());
  });
});
