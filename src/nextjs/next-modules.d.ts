// Next.js has no exports map, so under Node16 module resolution its entry points are typed only with
// their `.js` file names; the source imports the bare names, which Next's bundler resolves to its
// server builds. These declarations give the bare names the same types.
declare module 'next/headers' {
  export * from 'next/headers.js';
}
declare module 'next/navigation' {
  export * from 'next/navigation.js';
}
declare module 'next/server' {
  export * from 'next/server.js';
}
