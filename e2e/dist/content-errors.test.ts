// Bad content must fail the build with a message naming the file and the field. Each case copies
// the project into its own temp dir, breaks one thing and runs `astro sync` there.
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { ROOT } from './dist-utils';

const COPIED = ['content', 'src', 'astro.config.mjs', 'tsconfig.json', 'package.json'];
const created: string[] = [];

/** A fresh copy of the project; node_modules entries are linked one by one so Astro's cache (node_modules/.astro) stays private. */
function copyProject(): string {
  const dir = mkdtempSync(join(tmpdir(), 'content-errors-'));
  created.push(dir);
  for (const name of COPIED) cpSync(join(ROOT, name), join(dir, name), { recursive: true });
  mkdirSync(join(dir, 'node_modules'));
  for (const entry of readdirSync(join(ROOT, 'node_modules'))) {
    if (!entry.startsWith('.')) symlinkSync(join(ROOT, 'node_modules', entry), join(dir, 'node_modules', entry), 'dir');
  }
  return dir;
}

/** Rewrites one file of the copy, failing loudly if the edit no longer applies to the content. */
function edit(dir: string, path: string, change: (text: string) => string): void {
  const file = join(dir, path);
  const before = readFileSync(file, 'utf8');
  const after = change(before);
  if (after === before) throw new Error(`the edit to ${path} did not apply: has the content changed shape?`);
  writeFileSync(file, after);
}

/** The copy's question file for `nn` ("03-data-persistence.mdx"). */
function questionFile(dir: string, nn: string): string {
  const name = readdirSync(join(dir, 'content/questions')).find((n) => n.startsWith(`${nn}-`));
  if (!name) throw new Error(`content/questions has no ${nn}-*.mdx`);
  return name;
}

/** `astro sync` in `dir`: its exit code and its stdout + stderr without colour codes. */
function sync(dir: string): Promise<{ code: number; output: string }> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      ['node_modules/astro/bin/astro.mjs', 'sync'],
      { cwd: dir, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' }, timeout: 45_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        done({ code, output: `${stdout}\n${stderr}`.replace(/\u001b\[[0-9;]*m/g, '') });
      },
    );
  });
}

/** Breaks a fresh copy with `breakIt`, syncs it, and returns what Astro said. */
async function syncBroken(breakIt: (dir: string) => void): Promise<{ code: number; output: string }> {
  const dir = copyProject();
  breakIt(dir);
  return sync(dir);
}

afterAll(() => {
  for (const dir of created) rmSync(dir, { recursive: true, force: true });
});

describe.concurrent('content errors fail the build, naming the file and the field', { timeout: 60_000 }, () => {
  test('control: the unmodified copy syncs', async () => {
    const { code, output } = await syncBroken(() => {});
    expect(code, output).toBe(0);
  });

  test('question number 18 in 03-*.mdx names the file and `number`', async () => {
    let name = '';
    const { code, output } = await syncBroken((dir) => {
      name = questionFile(dir, '03');
      edit(dir, `content/questions/${name}`, (t) => t.replace(/^number: 3$/m, 'number: 18'));
    });
    expect(code, output).not.toBe(0);
    expect(output).toContain(`content/questions/${name}`);
    expect(output).toMatch(/\bnumber\b.*\b18\b|\b18\b.*\bnumber\b/);
  });

  test('two files with the same NN- prefix: "used twice"', async () => {
    let name = '';
    const { code, output } = await syncBroken((dir) => {
      name = questionFile(dir, '03');
      cpSync(join(dir, 'content/questions', name), join(dir, 'content/questions/03-duplicate.mdx'));
    });
    expect(code, output).not.toBe(0);
    expect(output).toContain('content/questions/03-duplicate.mdx');
    expect(output).toMatch(/question number 3 is used twice/);
    expect(output).toContain(name);
  });

  test('a checklist item pointing at question 18 names content/checklist.yaml and says question 18 does not exist', async () => {
    const { code, output } = await syncBroken((dir) => {
      edit(dir, 'content/checklist.yaml', (t) => t.replace(/questions: \[[^\]]*\]/, 'questions: [18]'));
    });
    expect(code, output).not.toBe(0);
    expect(output).toContain('content/checklist.yaml');
    expect(output).toMatch(/\bquestions\b/);
    expect(output).toMatch(/question 18\b.*does not exist/);
  });

  test('a flow step pointing at question 99 names content/flow.yaml and the `question` field', async () => {
    const { code, output } = await syncBroken((dir) => {
      edit(dir, 'content/flow.yaml', (t) => t.replace(/^(\s*)question: \d+$/m, '$1question: 99'));
    });
    expect(code, output).not.toBe(0);
    expect(output).toContain('content/flow.yaml');
    expect(output).toMatch(/\bquestion\b/);
    expect(output).toMatch(/question 99\b.*does not exist/);
  });

  test('a rule citing a section its question page does not have names content/decisions/rules.yaml, `source` and the anchors', async () => {
    const { code, output } = await syncBroken((dir) => {
      edit(dir, 'content/decisions/rules.yaml', (t) => t.replace('section: mid-server-required-when }', 'section: mid-server-needed }'));
    });
    expect(code, output).not.toBe(0);
    expect(output).toContain('content/decisions/rules.yaml');
    expect(output).toMatch(/\bsource\b/);
    expect(output).toContain('section "mid-server-needed" is not a heading of question 5');
  });

  test('a case whose model design raises a warning names the case file, `model` and the warning', async () => {
    const { code, output } = await syncBroken((dir) => {
      edit(dir, 'content/cases/bank-core-mtls.yaml', (t) => t.replace('choices: { network: [firewall], boundary: [policy], mid-server: [required] }', 'choices: { network: [firewall], boundary: [policy], mid-server: [none] }'));
    });
    expect(code, output).not.toBe(0);
    expect(output).toContain('content/cases/bank-core-mtls.yaml');
    expect(output).toMatch(/\bmodel\b/);
    expect(output).toContain('the model design raises the warning "mid-server-missing" at question 5');
  });

  test('a case citing a missing section or choosing an unknown option names the case file', async () => {
    const { code, output } = await syncBroken((dir) => {
      edit(dir, 'content/cases/payroll-sftp.yaml', (t) =>
        t.replace('cites: [{ question: 12, section: scalability-patterns }]', 'cites: [{ question: 12, section: scalability }]').replace('choices: { protocol: [file] }', 'choices: { protocol: [ftp] }'),
      );
    });
    expect(code, output).not.toBe(0);
    expect(output).toContain('content/cases/payroll-sftp.yaml');
    expect(output).toContain('section "scalability" is not a heading of question 12');
    expect(output).toContain('step 6, field "protocol" has no option "ftp"');
  });

  test('a question deciding in fewer than two cases names content/cases and the question', async () => {
    const { code, output } = await syncBroken((dir) => {
      edit(dir, 'content/cases/public-support-chat.yaml', (t) => t.replace('deciding: [1, 10, 14, 16]', 'deciding: [1, 10, 16]'));
    });
    expect(code, output).not.toBe(0);
    expect(output).toContain('content/cases');
    expect(output).toMatch(/question 14 is deciding in 1 case\(s\) \(insurer-ai-agent\)/);
  });

  test('a question without `title` names the file and `title`', async () => {
    let name = '';
    const { code, output } = await syncBroken((dir) => {
      name = questionFile(dir, '03');
      edit(dir, `content/questions/${name}`, (t) => t.replace(/^title: .*\n/m, ''));
    });
    expect(code, output).not.toBe(0);
    expect(output).toContain(`content/questions/${name}`);
    expect(output).toMatch(/\btitle\b.*\b(required|missing)\b/i);
  });
});
