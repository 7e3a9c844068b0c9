/** Runs once when the server starts: open the database so it is created and migrated up front. */
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { getStore } = await import('./lib/storage');
    getStore();
  }
}
