import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from '../../config/repoRoot';

/** The exit code provision-servers.sh uses when Go is missing. */
const NO_GO = 3;

/**
 * Path of the `temporal` or `ferretdb` binary: from its env var, PATH, the cache, or
 * built with Go (see scripts/provision-servers.sh; progress goes to stderr). `undefined`
 * when Go is not installed, so the caller can fall back to the official download.
 */
export function provisionedBinary(server: 'temporal' | 'ferretdb'): Promise<string | undefined> {
  const script = join(repoRoot(), 'scripts', 'provision-servers.sh');
  return new Promise((resolve, reject) => {
    const child = spawn('bash', [script, server], { stdio: ['ignore', 'pipe', 'inherit'] });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.on('error', reject);
    // 'close', not 'exit': only then has all of stdout been read.
    child.on('close', (code) => {
      if (code === NO_GO) return resolve(undefined);
      const line = stdout.split('\n').find((l) => l.startsWith(`${server}=`));
      if (code !== 0 || !line) {
        return reject(new Error(`provision-servers.sh ${server} failed (exit ${code})`));
      }
      resolve(line.slice(server.length + 1));
    });
  });
}
