import path from 'path';
import { spawnSync } from 'child_process';

// Unhandled rejections are a process-level matter, so each case runs in a node process of its own.
const SHUTDOWN = path.join(__dirname, '..', 'shutdown.ts');
function run(body: string) {
  const script = `
    const { tolerateRejections } = require(${JSON.stringify(SHUTDOWN)});
    const lost = () => Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' });
    const isLost = (r) => r && r.code === '57P01';
    ${body}
    setTimeout(() => console.log('still running'), 100);
  `;
  return spawnSync(process.execPath, ['--require', 'tsx/cjs', '-e', script], { encoding: 'utf8', timeout: 30_000 });
}

test('an expected rejection nobody handles passes while tolerated', () => {
  const result = run('tolerateRejections(isLost); Promise.reject(lost());');
  expect({ status: result.status, stdout: result.stdout.trim() }).toEqual({ status: 0, stdout: 'still running' });
});

test('any other unhandled rejection still crashes the process', () => {
  const result = run("tolerateRejections(isLost); Promise.reject(new Error('a real bug'));");
  expect(result.status).not.toBe(0);
  expect(result.stdout).toBe('');
  expect(result.stderr).toContain('a real bug');
});

test('once the tolerance ends, the same rejection crashes again', () => {
  const result = run('const end = tolerateRejections(isLost); end(); Promise.reject(lost());');
  expect(result.status).not.toBe(0);
  expect(result.stderr).toContain('terminating connection');
});
