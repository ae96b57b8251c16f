// The Markdown twins and /llms.txt: every content page has one, they carry the seed's words,
// and every link in llms.txt points at a file that exists.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST, SEED_FILE, assertBuilt, listFiles } from './dist-utils';

const read = (path: string) => readFileSync(join(DIST, path), 'utf8');
const seed = readFileSync(SEED_FILE, 'utf8').split(/^---$/m).slice(2).join('---');

beforeAll(assertBuilt);

describe('Markdown twins', () => {
  it('exist for every question page and content page', () => {
    const questionPages = listFiles(join(DIST, 'questions'), '.html').map((f) => f.split('/').at(-2));
    expect(questionPages).toHaveLength(17);
    for (const slug of questionPages) expect(existsSync(join(DIST, 'questions', `${slug}.md`)), `${slug}.md`).toBe(true);
    for (const page of ['cheat-sheet.md', 'patterns.md', 'checklist.md', 'flow.md', 'further-reading.md', 'example/hr-itsm.md']) expect(existsSync(join(DIST, page)), page).toBe(true);
  });

  it('the cheat sheet twin carries every link and every question of the seed', () => {
    const twin = read('cheat-sheet.md');
    const urls = [...new Set([...seed.matchAll(/\]\((https?:[^)\s]+)\)/g)].map((m) => m[1]))];
    expect(urls.length).toBe(45);
    expect(urls.filter((url) => !twin.includes(`](${url})`))).toEqual([]);
    for (const [, n, title] of seed.matchAll(/^### Question (\d+): (.+)$/gm)) expect(twin).toContain(`### Question ${n}: ${title}`);
    expect(twin).toContain('Point-to-Point → Hub & Spoke → ESB → API Gateway → Event-Driven');
    expect(twin).toContain('| **Pub-Sub** | Decoupled publishers and subscribers | Stream Connect, Event-driven flows |');
    expect(twin).toContain('-   [ ] Authentication method selected');
    expect(twin).toContain('17. Fallback Needed? → File/Email/RPA only when no API exists');
    expect(twin).not.toMatch(/^import /m);
  });

  it('a question twin is the seed’s section, without MDX', () => {
    const twin = read('questions/10-authentication.md');
    expect(twin.startsWith('# Question 10: What Authentication Method Is Appropriate?\n\n**Why this matters:** Authentication decisions')).toBe(true);
    expect(twin).toContain('| **Mutual TLS (mTLS)** | Highest        | Regulated industries, high-security environments |');
    expect(twin).toContain('> -   [Set up Certificate-based Authentication](https://docs.servicenow.com/');
    expect(read('questions/07-sync-or-async.md')).toContain('Transaction is simple and fast (<5 seconds)');
  });

  it('content pages offer their twin', () => {
    const html = read('questions/10-authentication/index.html');
    expect(html).toMatch(/<a href="\/questions\/10-authentication\.md"[^>]*>View as Markdown<\/a>/);
    expect(html).toContain('data-copy-page="/questions/10-authentication.md"');
  });
});

describe('llms.txt', () => {
  const text = () => read('llms.txt');
  it('follows the convention: title, summary, sections of annotated links', () => {
    expect(text()).toMatch(/^# ServiceNow Integration Design: A CTA Cheat Sheet\n\n> /);
    expect(text()).toContain('## The 17 questions');
    expect(text().match(/^- \[Question \d+: .+\]\(.+\.md\): .+$/gm)).toHaveLength(17);
  });
  it('links only to files that exist', () => {
    // Absolute on SITE_URL in a deploy build, site-relative ("/questions/…md") in a build without one.
    const links = [...text().matchAll(/\]\(((?:https?:\/\/|\/)[^)]+)\)/g)].map((m) => new URL(m[1] ?? '', 'http://site.invalid').pathname);
    const missing = links.filter((path) => {
      const file = path.endsWith('/') ? join(DIST, path, 'index.html') : join(DIST, path);
      return !existsSync(file);
    });
    expect(links.length).toBeGreaterThan(25);
    expect(missing).toEqual([]);
  });
});
