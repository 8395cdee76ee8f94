// Stylesheets imported for their side effect in browser tests and stories (Vite bundles them).
declare module '*.css';
