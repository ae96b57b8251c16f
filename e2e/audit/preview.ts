import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

/** A running `astro preview` of dist/ and how to stop it. */
export type Preview = { origin: string; stop: () => Promise<void> };

/** The first port from `start` on that nothing listens on (127.0.0.1). */
export async function freePort(start: number, tries = 50): Promise<number> {
  for (let port = start; port < start + tries; port += 1) {
    if (await canListen(port)) return port;
  }
  throw new Error(`no free port in ${start}–${start + tries - 1}`);
}

function canListen(port: number): Promise<boolean> {
  return new Promise((done) => {
    const server = createServer();
    server.once('error', () => done(false));
    server.listen({ port, host: '127.0.0.1' }, () => server.close(() => done(true)));
  });
}

/**
 * Serves `outDir` (a built site) with `astro preview` on `port` and resolves once it answers.
 * `--ignore-lock` keeps it in the foreground and beside any preview someone else runs (Astro
 * otherwise refuses a second server, or backgrounds itself when it thinks an agent started it).
 */
export async function startPreview(root: string, outDir: string, port: number, base: string): Promise<Preview> {
  const args = [
    'node_modules/astro/bin/astro.mjs',
    'preview',
    '--port',
    String(port),
    '--outDir',
    outDir,
    '--ignore-lock',
  ];
  const child = spawn(process.execPath, args, {
    cwd: root,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const origin = `http://localhost:${port}`;
  const stop = () => stopChild(child);
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`astro preview exited with ${child.exitCode}:\n${output}`);
    try {
      const response = await fetch(`${origin}${base}`);
      if (response.ok) return { origin, stop };
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await stop();
  throw new Error(`astro preview did not answer on ${origin}${base} within 30 s:\n${output}`);
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((done) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(force);
      done();
    });
    child.kill('SIGTERM');
  });
}
