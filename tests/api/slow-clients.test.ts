import { connect, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../helpers/test-app.ts';
import { testOperationsConfig, type HttpLimits } from '../../api/config.ts';

/**
 * Issue 15, item 2: slow request bodies must not turn the site into 503s for everybody.
 * The attack: hundreds of connections announce a body (Content-Length: 1000) and send it
 * one byte at a time. They hold sockets, not work: they must not count as requests in
 * progress, and the request time limit must end them.
 */

const HTTP: HttpLimits = {
  requestTimeoutMs: 120_000,
  headersTimeoutMs: 15_000,
  idleTimeoutMs: 60_000,
  keepAliveTimeoutMs: 72_000,
  timeoutCheckIntervalMs: 5_000,
};

let ctx: TestContext | null = null;
const sockets: Socket[] = [];
afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.destroy();
  await ctx?.close();
  ctx = null;
});

function slowBody(port: number, path: string): Socket {
  const socket = connect(port, '127.0.0.1');
  socket.on('error', () => {});
  socket.write(`POST ${path} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{`);
  const timer = setInterval(() => socket.writable && socket.write(' '), 500);
  socket.on('close', () => clearInterval(timer));
  sockets.push(socket);
  return socket;
}

describe('slow request bodies', () => {
  it('300 connections trickling their bodies leave the site answering 200 to everyone else', async () => {
    ctx = await createTestApp({
      demoData: true,
      config: { operations: testOperationsConfig({ loadShedMaxInFlight: 256, http: HTTP }) },
    });
    const address = await ctx.app.listen({ port: 0, host: '127.0.0.1' });
    const port = Number(new URL(address).port);
    for (let i = 0; i < 300; i++) slowBody(port, '/api/v1/eligibility/search');
    // Let every connection reach the server and send a few bytes.
    await new Promise((r) => setTimeout(r, 1500));
    expect(sockets.filter((s) => !s.destroyed)).toHaveLength(300);

    const statuses: number[] = [];
    for (let i = 0; i < 20; i++)
      statuses.push(
        (await fetch(`${address}/api/v1/enterprises?q=${encodeURIComponent('καθαρισμός')}&page=${(i % 3) + 1}`)).status,
      );
    expect(statuses).toEqual(Array(20).fill(200));
    expect((await fetch(`${address}/healthz`)).status).toBe(200);
    const ready = await fetch(`${address}/readyz`);
    expect(ready.status).toBe(200);
    expect(((await ready.json()) as { checks: { load: string } }).checks.load).toBe('ok');
  });

  it('cuts off a request whose body has not arrived within REQUEST_TIMEOUT_SECONDS with 408', async () => {
    ctx = await createTestApp({
      demoData: false,
      config: {
        operations: testOperationsConfig({
          http: { ...HTTP, requestTimeoutMs: 1000, headersTimeoutMs: 1000, timeoutCheckIntervalMs: 250 },
        }),
      },
    });
    const address = await ctx.app.listen({ port: 0, host: '127.0.0.1' });
    const socket = slowBody(Number(new URL(address).port), '/api/v1/eligibility/search');
    let answer = '';
    socket.on('data', (chunk) => (answer += chunk.toString('latin1')));
    await new Promise((resolve) => socket.on('close', resolve));
    expect(answer).toMatch(/^HTTP\/1\.1 408 /);
    expect((await fetch(`${address}/healthz`)).status).toBe(200);
  });
});

describe('sustained shedding', () => {
  it('turns /readyz to 503 "shedding" while /healthz stays 200, and back once shedding stops', async () => {
    let release: () => void = () => {};
    const working = new Promise<void>((resolve) => (release = resolve));
    ctx = await createTestApp({
      demoData: false,
      config: { operations: testOperationsConfig({ loadShedMaxInFlight: 1, loadShedReadinessAfterSeconds: 1 }) },
      extend: (app) => {
        app.get('/test/slow-work', async () => {
          await working;
          return { done: true };
        });
      },
    });
    const address = await ctx.app.listen({ port: 0, host: '127.0.0.1' });
    const busy = fetch(`${address}/test/slow-work`);
    let ready: Response | null = null;
    // Keep asking (and being shed) until readiness reflects it.
    for (let i = 0; i < 200; i++) {
      expect((await fetch(`${address}/api/v1/categories`)).status).toBe(503);
      await new Promise((r) => setTimeout(r, 25));
      const probe = await fetch(`${address}/readyz`);
      if (probe.status === 503) {
        ready = probe;
        break;
      }
    }
    expect(ready?.status).toBe(503);
    expect(((await ready!.json()) as { checks: { load: string } }).checks.load).toBe('shedding');
    expect((await fetch(`${address}/healthz`)).status).toBe(200);

    release();
    expect((await busy).status).toBe(200);
    expect((await fetch(`${address}/api/v1/categories`)).status).toBe(200);
    let back = 503;
    for (let i = 0; i < 100 && back !== 200; i++) {
      await new Promise((r) => setTimeout(r, 100));
      back = (await fetch(`${address}/readyz`)).status;
    }
    expect(back).toBe(200);
  });
});
