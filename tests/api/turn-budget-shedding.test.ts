import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../helpers/test-app.ts';
import { testOperationsConfig } from '../../api/config.ts';

/**
 * Turn-budget shedding (issue 17, api/plugins/turn-budget-shedding.ts): requests read after the
 * server has already worked `budget` ms in one event-loop turn get 503 + Retry-After at once,
 * probes never do, and the server serves normally again as soon as the burst is over.
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
});
