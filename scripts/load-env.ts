/**
 * Scripts read the same `.env*` files `next start` reads, in the same order, so a setting in
 * `.env` reaches migrations, syncs and the server alike. Import it first.
 */
import nextEnv from '@next/env';

nextEnv.loadEnvConfig(process.cwd());
