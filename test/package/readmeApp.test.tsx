// The README's smallest direct-mode app (its `// src/App.tsx` block), run as written: the block is
// transpiled and evaluated with the package's source standing in for @bizkithub/auth-react, then
// rendered on the embedded BizKitHub. docsSnippets.test.ts type-checks the same block.
import * as reactQuery from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import type { ComponentType } from 'react';
import * as react from 'react';
import * as jsxRuntime from 'react/jsx-runtime';
import ts from 'typescript';
import * as authReact from '../../src/index.js';
import { startMockBizKitHub, verified } from '../support/mockServer.js';
import { markdownSnippets } from './markdownSnippets.js';
import { setupUser } from '../support/user.js';

const api = startMockBizKitHub([verified]);

/** The modules the README's app may import, as the test's own instances (one React, one QueryClient class). */
const modules: Record<string, unknown> = {
  '@bizkithub/auth-react': authReact,
  '@tanstack/react-query': reactQuery,
  react,
  'react/jsx-runtime': jsxRuntime,
};

/** Evaluates a ```tsx block as a CommonJS module; stylesheets import as nothing. */
function evaluate(code: string): Record<string, unknown> {
  const { outputText } = ts.transpileModule(code, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, jsx: ts.JsxEmit.ReactJSX, esModuleInterop: true },
  });
  const exports: Record<string, unknown> = {};
  const require = (specifier: string) => {
    if (specifier.endsWith('.css')) return {};
    if (specifier in modules) return modules[specifier];
    throw new Error(`The README's app imports ${specifier}, which this test does not provide.`);
  };
  // The README's own code, run as a module.
  new Function('require', 'exports', outputText)(require, exports);
  return exports;
}

const app = markdownSnippets('README.md').find((snippet) => snippet.path === 'src/App.tsx');

test('the README has the smallest app as src/App.tsx, in direct mode', () => {
  expect(app?.code).toContain('<BizKitHubProvider apiKey=');
  expect(app?.code).toContain('<LoginForm');
});

test("the README's smallest app shows the sign-in form, and Jana signs in with it on the emulator", async () => {
  const { App } = evaluate(app?.code ?? '') as { App: ComponentType };
  render(<App />);

  expect(screen.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  const user = setupUser();
  await user.type(screen.getByLabelText('E-mail'), 'jana@example.com');
  await user.type(screen.getByLabelText('Password'), 'correct horse');
  await user.click(screen.getByRole('button', { name: 'Sign in' }));

  expect(await screen.findByRole('heading', { name: 'Welcome back' })).toBeVisible();
  expect(screen.getByText('You are signed in.')).toBeVisible();
  expect(api.requests).toMatchObject([{ endpoint: 'login', body: { email: 'jana@example.com' }, apiKey: 'DEV_LocalDevelopmentKeyNotReal00' }]);
});
