import Module from 'node:module';

// The react18 project: CommonJS packages loaded by Node itself (Testing Library, react-dom and
// React's own jsx-runtime) require 'react' and 'react-dom'; send them to the 18.3 aliases too.
type ResolveFilename = (this: unknown, request: string, ...rest: unknown[]) => string;
const loader = Module as unknown as { _resolveFilename: ResolveFilename };
const resolveFilename = loader._resolveFilename;
loader._resolveFilename = function redirectToReact18(request, ...rest) {
  const redirected = request.replace(/^react(-dom)?(?=\/|$)/, (_match, dom: string | undefined) =>
    dom === undefined ? 'react18' : 'react-dom18',
  );
  return resolveFilename.call(this, redirected, ...rest);
};
