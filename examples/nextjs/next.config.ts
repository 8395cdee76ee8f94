import type { NextConfig } from 'next';

// What create-next-app writes today: Cache Components and Partial Prefetching on. NEXT_CACHE_COMPONENTS=0
// builds the same shop with both off (scripts/check-nextjs.mjs walks it both ways).
const cacheComponents = process.env.NEXT_CACHE_COMPONENTS !== '0';

const nextConfig: NextConfig = {
  cacheComponents,
  partialPrefetching: cacheComponents,
  poweredByHeader: false,
  // This folder has its own lockfile inside the library's repository: build from here, not from the repo root.
  turbopack: { root: __dirname },
  outputFileTracingRoot: __dirname,
};

export default nextConfig;
