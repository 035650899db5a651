/** Set by demo mode (lib/sync/demo-upstreams.ts) to the sources served by a bundled fake. */
export const DEMO_SOURCES_VARIABLE_NAME = 'SYNC_DEMO_SOURCES';
