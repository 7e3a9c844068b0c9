/** Runs once when the server starts: stamp requests with their peer, open (create, migrate) the database and complete the library. */
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    // First, so that no request reaches a handler without its peer's address (rate limits).
    const { stampPeerAddresses } = await import('./lib/http/stamp-peers');
    stampPeerAddresses();
    const { getStore } = await import('./lib/storage');
    const { StorageUnusableError } = await import('./lib/storage/faults');
    try {
      await getStore().ready();
    } catch (error) {
      // A database that cannot be opened or fails its check: say so and stop, rather than serve 500s.
      if (error instanceof StorageUnusableError) {
        console.error(`Release Desk cannot start. ${error.message}`);
        process.exit(1);
      }
      throw error;
    }
    const { listUnlistedReports } = await import('./lib/reports/list-unlisted');
    const listed = await listUnlistedReports();
    if (listed > 0) console.log(`Release Desk: added ${listed} earlier report(s) to the library.`);
    const { rereadStaleReports } = await import('./lib/reports/stale-reparse');
    const stale = await rereadStaleReports();
    if (stale > 0) console.log(`Release Desk: reading ${stale} report(s) again with this parser, in the background.`);
  }
}
