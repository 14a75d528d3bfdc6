/**
 * The one Dexie database. Only src/lib/db imports dexie; the rest of the app
 * goes through the repositories and the liveQuery adapter.
 */
import { Dexie, type DexieOptions, type Table } from 'dexie';
import type { Answer } from '$lib/review/schema';
import type { CustomStandardRow, ReadingRow } from '$lib/review/stored-rows';
import { sessionIndexMiddleware, type StoredSession } from './session-index';
import { markDatabaseUsed } from './first-use';
import { DB_NAME, DB_VERSION, defineVersions } from './versions';

export interface DatabaseEvent {
	/**
	 * 'versionchange': another tab opened a newer schema (or deleted the
	 * database); this connection is closed and the page must reload.
	 * 'blocked': this tab's upgrade waits for other tabs on the old version.
	 */
	kind: 'versionchange' | 'blocked';
	message: string;
}

export const DATABASE_EVENT_MESSAGES: Record<DatabaseEvent['kind'], string> = {
	versionchange: 'Shipshape was updated in another tab — reload this page to keep working. Your saved work is safe.',
	blocked: 'Shipshape is being updated. Close its other tabs (or reload them) to finish.'
};

type Listener = (event: DatabaseEvent) => void;

export class ShipshapeDB extends Dexie {
	sessions!: Table<StoredSession, string>;
	answers!: Table<Answer, [string, string]>;
	reading!: Table<ReadingRow, [string, string]>;
	customStandards!: Table<CustomStandardRow, string>;

	readonly #listeners = new Set<Listener>();
	/** Set once another tab upgraded: the UI can check it on mount, not only listen. */
	versionChanged = false;

	/** `name` and `options.indexedDB` are injectable for tests. */
	constructor(name: string = DB_NAME, options?: DexieOptions) {
		super(name, options);
		defineVersions(this);
		this.use(sessionIndexMiddleware);
		this.on('versionchange', () => {
			this.versionChanged = true;
			// Dexie's own handler would close with auto-reopen, and this tab's
			// old code would then work on the newer schema: stay closed, so
			// writes fail as 'version-change' until the user reloads.
			this.close({ disableAutoOpen: true });
			this.#emit('versionchange');
			return false; // handlers run newest first; false skips Dexie's default
		});
		this.on('blocked', () => this.#emit('blocked'));
		// Opened after another tab upgraded it (a page that painted from a peek
		// opens the database late): Dexie 4 opens a newer version as it is, and
		// this tab's old code would work on the newer schema. Refuse, as above.
		this.on('ready', () => {
			if ((this.backendDB()?.version ?? 0) <= DB_VERSION * 10) return;
			this.versionChanged = true;
			this.#emit('versionchange');
			throw new Dexie.VersionError('Shipshape was updated in another tab.');
		});
	}

	/** Subscribe to "updated in another tab" and "upgrade blocked"; returns the unsubscribe. */
	onVersionChange(listener: Listener): () => void {
		this.#listeners.add(listener);
		return () => this.#listeners.delete(listener);
	}

	#emit(kind: DatabaseEvent['kind']): void {
		const event = { kind, message: DATABASE_EVENT_MESSAGES[kind] };
		for (const listener of [...this.#listeners]) listener(event);
	}
}

let shared: ShipshapeDB | undefined;

/** The app's database, created on first use (never during SSR/prerender: IndexedDB is browser-only). */
export function getDb(): ShipshapeDB {
	if (!shared) {
		shared = new ShipshapeDB();
		markDatabaseUsed();
	}
	return shared;
}

/** Subscribe to version-change events of the app's database. */
export function onDatabaseVersionChange(listener: Listener): () => void {
	return getDb().onVersionChange(listener);
}
