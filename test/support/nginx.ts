import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { join } from 'node:path';
import { ROOT, tempDir } from './paths.js';

/** Debian's nginx (`apt-get install nginx-light`); tests that need it skip without it. */
export const NGINX = '/usr/sbin/nginx';
export const NGINX_SKIP_REASON = existsSync(NGINX) ? undefined : `skipped: ${NGINX} is absent (apt-get install nginx-light)`;

/** The sample configuration the README shows; tests run it, so it stays true. */
export const SAMPLE_CONF = join(ROOT, 'deploy', 'nginx.conf');

export interface Nginx {
  url: string;
  stop(): Promise<void>;
}

/**
 * The sample configuration with the replicas' addresses as its upstream, listening on
 * `port` on loopback, every file it writes (pid, logs, temporary bodies) in `dir`, in the
 * foreground. Throws if the sample no longer has the parts it replaces.
 */
export function sampleConfig(upstreams: string[], port: number, dir: string): string {
  const sample = readFileSync(SAMPLE_CONF, 'utf8');
  const replaced = sample
    .replace(/(upstream kb_replicas \{\n)(?:\s*server [^\n]*\n)+/, (_m, head: string) => head + upstreams.map((u) => `    server ${u} max_fails=3 fail_timeout=10s;\n`).join(''))
    .replace(/listen 80;/, `listen 127.0.0.1:${port};`)
    .replace(/http \{\n/, `http {\n  access_log ${dir}/access.log;\n${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `  ${t}_temp_path ${dir}/${t};\n`).join('')}`);
  if (!replaced.includes(upstreams[0]!) || !replaced.includes(`listen 127.0.0.1:${port}`)) throw new Error(`${SAMPLE_CONF}: no "upstream kb_replicas" with server lines, or no "listen 80;"`);
  return `daemon off;\npid ${dir}/nginx.pid;\nerror_log ${dir}/error.log;\n${replaced}`;
}

/** A loopback port free right now (nginx cannot take port 0; a lost race is retried by startNginx). */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Resolves once `port` accepts a connection; rejects if nginx exits first. */
async function accepting(port: number, child: ChildProcess, errorLog: string, pidFile: string): Promise<void> {
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`nginx exited (${child.exitCode ?? child.signalCode}): ${existsSync(errorLog) ? readFileSync(errorLog, 'utf8').slice(-500) : ''}`);
    }
    const ok = await new Promise<boolean>((resolve) => {
      const socket = createConnection({ port, host: '127.0.0.1' });
      socket.once('connect', () => resolve(true)).once('error', () => resolve(false));
      socket.unref();
    });
    // The pid file is written after nginx has bound its port: a connection alone could reach
    // another process that took the port first.
    if (ok && existsSync(pidFile)) return;
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * nginx in the foreground with the sample configuration in front of `upstreams`
 * (host:port), on a free loopback port; never a system service. A port taken between
 * choosing it and nginx binding it is retried with another.
 */
export async function startNginx(upstreams: string[]): Promise<Nginx> {
  for (let attempt = 1; ; attempt++) {
    const dir = tempDir('kb-nginx-');
    // As root the workers run as nobody: they must reach their temporary folders.
    chmodSync(dir, 0o755);
    const port = await freePort();
    const conf = join(dir, 'nginx.conf');
    writeFileSync(conf, sampleConfig(upstreams, port, dir));
    const errorLog = join(dir, 'error.log');
    const child = spawn(NGINX, ['-e', errorLog, '-p', dir, '-c', conf], { stdio: 'ignore' });
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    try {
      await accepting(port, child, errorLog, join(dir, 'nginx.pid'));
    } catch (err) {
      if (attempt < 5 && /Address already in use/.test((err as Error).message)) continue;
      throw err;
    }
    return {
      url: `http://127.0.0.1:${port}`,
      async stop() {
        if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM'); // fast shutdown: a graceful one waits out idle keep-alive connections
        await exited;
      },
    };
  }
}
