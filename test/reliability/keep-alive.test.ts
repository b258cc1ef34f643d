/**
 * A client that keeps a connection open between requests (undici's pool behind fetch, a
 * reverse proxy) must never have a request cut by the server closing that connection as
 * it idles. With Node's default the server closed an idle connection after 5 s: the
 * reliability suite's readiness probe left one idle while the test checked the database,
 * the next POST went out on it as the server closed it, and came back with no answer at
 * all (status 0) — once in 1,040 tests. Here a raw connection idles past those 5 s, then
 * carries a request: it must still be open and answered.
 */
import net from 'net';
import { startStrapi, stopStrapi } from '../helpers/strapi';
import { spawnServer, type ServerProcess } from './lib/server-process';

let server: ServerProcess;

jest.setTimeout(10 * 60_000);

beforeAll(async () => {
  await startStrapi();
  server = await spawnServer();
});

afterAll(async () => {
  await server?.kill('SIGTERM');
  await stopStrapi();
});

/** Node's former idle limit plus a margin: the connection must outlive it. */
const IDLE_MS = 7_000;

it('a keep-alive connection idle for longer than 5 s still carries the next request', async () => {
  const { port } = new URL(server.base);
  const socket = net.connect(Number(port), '127.0.0.1');
  let received = '';
  let closed = false;
  socket.setEncoding('latin1');
  socket.on('data', (chunk) => (received += chunk));
  socket.on('close', () => (closed = true));
  await new Promise<void>((resolve, reject) => socket.once('connect', resolve).once('error', reject));

  const answered = (count: number) =>
    new Promise<void>((resolve, reject) => {
      const check = () => ((received.match(/^HTTP\/1\.1 \d{3}/gm) ?? []).length >= count ? resolve() : closed ? reject(new Error(`closed after ${JSON.stringify(received.slice(0, 300))}`)) : setTimeout(check, 50));
      check();
    });

  socket.write('GET /_health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: keep-alive\r\n\r\n');
  await answered(1);
  expect(received).toMatch(/^HTTP\/1\.1 20[04]/);
  expect(received).toMatch(/^Keep-Alive: timeout=(\d+)/im);

  await new Promise((resolve) => setTimeout(resolve, IDLE_MS));
  expect(closed).toBe(false);
  socket.write('POST /claim-review/settlements/ST-000000-0000/issue HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 0\r\nConnection: keep-alive\r\n\r\n');
  await answered(2);
  expect(received.match(/^HTTP\/1\.1 (\d{3})/gm)![1]).toBe('HTTP/1.1 401');
  socket.destroy();
});
