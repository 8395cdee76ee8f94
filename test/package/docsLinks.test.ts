// @vitest-environment node
// README.md is the quick start CI reads its test command from, and docs/ holds the rest: every
// relative link between them (and to the screenshot) must lead to a file, and to a heading there.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { documentationPages, repositoryRoot } from './markdownSnippets.js';

const pages = documentationPages();
const text = (page: string) => readFileSync(join(repositoryRoot, page), 'utf8');
/** Without the fenced blocks, whose `[…](…)` are code, not links. */
const prose = (page: string) => text(page).replace(/^```[\s\S]*?^```$/gm, '');

/** GitHub's anchor of a heading: lower case, punctuation dropped, spaces to hyphens. */
const anchorOf = (heading: string) =>
  heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N} _-]/gu, '')
    .replace(/ /g, '-');
const anchorsOf = (page: string) => new Set([...prose(page).matchAll(/^#{1,6} (.+)$/gm)].map(([, heading = '']) => anchorOf(heading)));

test('the README opens with the two commands, as CI reads them', () => {
  expect(text('README.md').split('\n').slice(0, 6)).toEqual([
    '# @bizkithub/auth-react',
    '',
    '```sh',
    'npm ci && npm run storybook   # every form in every state on the embedded BizKitHub: http://localhost:6006',
    'npm ci && npm test            # typecheck, lint, jsdom + Chromium + Storybook tests, package checks',
    '```',
  ]);
});

test('the README stays a quick start (at most 200 lines) and links every docs page', () => {
  expect(text('README.md').split('\n').length).toBeLessThanOrEqual(200);
  const linked = new Set([...prose('README.md').matchAll(/\]\((docs\/[^)#]+)/g)].map(([, target]) => target));
  expect(pages.filter((page) => page.startsWith('docs/') && !linked.has(page))).toEqual([]);
});

test.each(pages)('every relative link of %s leads to a file and a heading there', (page) => {
  const broken: string[] = [];
  for (const [, target = ''] of prose(page).matchAll(/\]\(([^)\s]+)\)/g)) {
    if (/^[a-z]+:/.test(target)) continue;
    const [path = '', anchor] = target.split('#');
    const file = path === '' ? page : relative(repositoryRoot, join(repositoryRoot, dirname(page), path));
    if (!existsSync(join(repositoryRoot, file))) broken.push(`${target}: no ${file}`);
    else if (anchor !== undefined && !anchorsOf(file).has(anchor)) broken.push(`${target}: no heading #${anchor} in ${file}`);
  }
  expect(broken).toEqual([]);
});
