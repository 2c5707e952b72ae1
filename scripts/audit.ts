// `npm run audit`: npm audit of the packages the console ships and runs with (not build tools),
// failing on a high or critical advisory. Where the registry offers no advisories endpoint
// (an offline mirror, a proxy answering 405), it says so plainly and does not claim a pass.
import { spawnSync } from 'node:child_process';
import { classifyAudit } from './audit/classify.ts';

const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8' });
const outcome = classifyAudit(run.stdout || run.stderr);
const write = (line: string) => process.stdout.write(`${line}\n`);

switch (outcome.kind) {
  case 'clean':
    write(`npm audit --omit=dev: no high or critical advisory (${JSON.stringify(outcome.counts)})`);
    break;
  case 'advisories':
    write(`npm audit --omit=dev: high or critical advisories in ${outcome.packages.join(', ')}`);
    process.exitCode = 1;
    break;
  case 'unavailable':
    write(`npm audit --omit=dev: NOT CHECKED, the registry gave no advisories (${outcome.reason})`);
    process.exitCode = process.env.AUDIT_REQUIRED === '1' ? 1 : 0;
    break;
}
