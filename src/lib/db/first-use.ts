/**
 * Whether this tab uses the app's database through Dexie yet, told without
 * importing Dexie. The layout's "updated in another tab" notice concerns a
 * tab that holds a connection; pages that paint from a peek (./peek) must not
 * load Dexie just to listen for it. A tab that opens the database after
 * another tab upgraded it is told by the open's error (describeOpenError).
 */
let used = false;
const waiting = new Set<() => void>();

/** Called by getDb when it creates the database. */
export function markDatabaseUsed(): void {
	if (used) return;
	used = true;
	for (const run of [...waiting]) run();
	waiting.clear();
}

/** Runs `run` once the database is in use (now, if it is). Returns the cancel. */
export function whenDatabaseUsed(run: () => void): () => void {
	if (used) {
		run();
		return () => undefined;
	}
	waiting.add(run);
	return () => waiting.delete(run);
}
