/** @type {import('next').NextConfig} */
const nextConfig = {
  // Tests and parallel builds use their own output folder so they never clobber `.next`.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  // Native and Wasm-loading packages stay as plain Node requires instead of being bundled.
  serverExternalPackages: [
    'better-sqlite3',
    'pg',
    '@prisma/adapter-better-sqlite3',
    '@prisma/adapter-pg',
    '@node-rs/argon2',
  ],
};

export default nextConfig;
