/**
 * `import '@bizkithub/auth-react/styles.css'` puts the optional stylesheet on the page (a bundler
 * such as Vite or Next.js loads it for its side effect); it exports nothing. This declaration is what
 * TypeScript resolves for that import, so a project with `noUncheckedSideEffectImports` (TypeScript
 * 5.6+, on by default in 6.0) compiles it without a `declare module '*.css'` of its own.
 */
export {};
