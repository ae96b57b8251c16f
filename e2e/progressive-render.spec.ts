import { expect, test } from '@playwright/test';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { BASE } from './dist/dist-utils';

// A page on a slow network arrives in pieces, and a browser may paint what it has parsed so far: a table's
// columns then widen as later rows arrive, and the header's controls move as the next one is parsed. Lighthouse
// measured such a shift on /patterns/ on a busy machine. The layout's `<link rel=expect blocking=render>` holds
// the first paint until the header and <main> are parsed. This proxy hands the browser each page 1 KB at a time.

const CHUNK = 1024;
const PAUSE_MS = 40;

let proxy: Server;
let proxyOrigin = '';

test.beforeAll(async ({ baseURL }) => {
  const upstream = baseURL ?? '';
  proxy = createServer((request, response) => {
    void (async () => {
      const answer = await fetch(new URL(request.url ?? '/', upstream));
      const body = Buffer.from(await answer.arrayBuffer());
      const type = answer.headers.get('content-type') ?? 'application/octet-stream';
      response.writeHead(answer.status, { 'content-type': type });
      if (!type.startsWith('text/html')) return void response.end(body);
      for (let at = 0; at < body.length; at += CHUNK) {
        response.write(body.subarray(at, at + CHUNK));
        await new Promise((resolve) => setTimeout(resolve, PAUSE_MS));
      }
      response.end();
    })().catch(() => response.destroy());
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  proxyOrigin = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
  await new Promise((resolve) => proxy.close(resolve));
});

for (const width of [412, 1280]) {
  test(`a page that arrives in pieces paints once it is whole, and nothing shifts (${width}px)`, async ({ page }) => {
    await page.setViewportSize({ width, height: 823 });
    // Before the page's own scripts: record every layout shift, and what each painted frame held.
    await page.addInitScript(() => {
      const record = window as unknown as { shifts: string[]; frames: string[] };
      record.shifts = [];
      record.frames = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number; sources: { node?: Node }[] })[])
          record.shifts.push(`${entry.value.toFixed(4)} ${entry.sources.map((s) => s.node?.nodeName).join(',')}`);
      }).observe({ type: 'layout-shift', buffered: true });
      const frame = () => {
        record.frames.push(document.querySelector('footer') ? 'whole' : 'partial');
        if (document.readyState === 'loading') requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    });
    for (const path of [`${BASE}patterns/`, `${BASE}questions/10-authentication/`, BASE]) {
      await page.goto(`${proxyOrigin}${path}`, { waitUntil: 'load' });
      // Two frames after load: any shift the last pieces caused has been reported.
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      const { shifts, frames } = await page.evaluate(() => {
        const { shifts, frames } = window as unknown as { shifts: string[]; frames: string[] };
        return { shifts, frames };
      });
      expect(frames.length, `${path}: frames were painted`).toBeGreaterThan(0);
      expect.soft(frames, `${path}: no frame before the page was parsed`).not.toContain('partial');
      expect(shifts, `${path}: layout shifts`).toEqual([]);
    }
  });
}
