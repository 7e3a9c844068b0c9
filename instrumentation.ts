/** Runs once when the server starts: open (create, migrate) the database and complete the library. */
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { getStore } = await import('./lib/storage');
    getStore();
    const { listUnlistedReports } = await import('./lib/reports/list-unlisted');
    const listed = await listUnlistedReports();
    if (listed > 0) console.log(`Release Desk: added ${listed} earlier report(s) to the library.`);
  }
}
