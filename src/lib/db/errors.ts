/**
 * Every failed user write becomes a WriteError whose message can be shown to
 * the user as is. Errors are mapped, never swallowed: the caller decides
 * what to show, the original error stays on `cause` for the console.
 */

export type WriteErrorKind =
	| 'invalid' // input failed validation: nothing was written
	| 'quota' // the browser refused to store more
	| 'version-change' // another tab upgraded the database: this tab must reload
	| 'unavailable' // IndexedDB cannot be used (private mode, disabled, broken)
	| 'not-found' // the record was deleted (maybe in another tab)
	| 'conflict' // a unique key is taken (a review of this PR and role exists)
	| 'unknown';

export const WRITE_ERROR_MESSAGES: Record<WriteErrorKind, string> = {
	invalid: 'This could not be saved because some of it is not valid.',
	quota: 'Your browser is out of storage space for Shipshape. Free space or export a backup, then try again.',
	'version-change': 'Shipshape was updated in another tab. Reload this page to keep working; your saved work is safe.',
	unavailable:
		'Shipshape cannot use this browser’s storage (private browsing or browser settings may block it). Your change was not saved.',
	'not-found': 'This review no longer exists. It may have been deleted in another tab.',
	conflict: 'A review of this pull request in this role already exists.',
	unknown: 'Your change could not be saved. Try again; if it keeps failing, export a backup and reload the page.'
};

export interface ValidationIssue {
	path: string;
	message: string;
}

export class WriteError extends Error {
	override readonly name = 'WriteError';
	readonly kind: WriteErrorKind;
	/** Validation problems, for 'invalid'. */
	readonly issues: readonly ValidationIssue[];

	constructor(kind: WriteErrorKind, options: { message?: string; cause?: unknown; issues?: readonly ValidationIssue[] } = {}) {
		super(options.message ?? WRITE_ERROR_MESSAGES[kind], { cause: options.cause });
		this.kind = kind;
		this.issues = options.issues ?? [];
	}
}

const KIND_BY_NAME = new Map<string, WriteErrorKind>([
	['QuotaExceededError', 'quota'],
	['VersionError', 'version-change'],
	['VersionChangeError', 'version-change'],
	['DatabaseClosedError', 'version-change'],
	['MissingAPIError', 'unavailable'],
	['OpenFailedError', 'unavailable'],
	['InvalidStateError', 'unavailable'],
	['SecurityError', 'unavailable'],
	['ConstraintError', 'conflict']
]);

/**
 * The names of an error and of what it wraps: Dexie wraps DOM errors
 * (`inner`), aborts carry the reason, bulk errors list `failures`.
 */
function errorNames(error: unknown, depth = 0): string[] {
	if (typeof error !== 'object' || error === null || depth > 4) return [];
	const e = error as { name?: unknown; inner?: unknown; cause?: unknown; failures?: unknown };
	const names = typeof e.name === 'string' ? [e.name] : [];
	for (const next of [e.inner, e.cause]) names.push(...errorNames(next, depth + 1));
	if (Array.isArray(e.failures)) for (const f of e.failures) names.push(...errorNames(f, depth + 1));
	return names;
}

/** Quota wins over everything: an AbortError caused by a full disk is a quota problem. */
const PRIORITY: WriteErrorKind[] = ['quota', 'version-change', 'unavailable', 'conflict'];

export function toWriteError(error: unknown): WriteError {
	if (error instanceof WriteError) return error;
	const kinds = new Set(errorNames(error).map((n) => KIND_BY_NAME.get(n)));
	const kind = PRIORITY.find((k) => kinds.has(k)) ?? 'unknown';
	return new WriteError(kind, { cause: error });
}

const UPGRADE_FAILED =
	'Shipshape could not be updated to its new storage format, so nothing was changed: your reviews are still stored as they were. ' +
	'Reload the page to try again; if it keeps failing, free some disk space or use the previous version of the app to download a backup.';
const CANNOT_READ = 'Your reviews could not be read from this browser’s storage. Reload the page; if it keeps failing, check that site data is allowed.';

/** What to tell the user when the database cannot be opened or read (e.g. the list's live query failed). */
export function describeOpenError(error: unknown): string {
	const names = errorNames(error);
	if (names.includes('UpgradeError')) return UPGRADE_FAILED;
	const kind = toWriteError(error).kind;
	return kind === 'version-change' || kind === 'quota' ? WRITE_ERROR_MESSAGES[kind] : CANNOT_READ;
}
