/**
 * The home list's data, Dexie only when the user needs it (issue 10: the
 * home page loads ≤ 80 KB of JS, and Dexie alone is 32 KB). The first page
 * comes from a peek (raw IndexedDB reads of exactly what the default list
 * shows, with its answers and custom standards). The live queries of
 * ./sessions-list, with Dexie, take over as soon as the user searches,
 * filters, sorts, scrolls to more, focuses the filters or writes, as soon as
 * a write (in this tab or another) touches what the list shows, and at once
 * when the peek cannot read the database (none of this schema: Dexie
 * upgrades it, or explains why it cannot). Until their first result the
 * peeked rows stay: the list never blanks.
 */
import { createSubscriber } from 'svelte/reactivity';
import { untrack } from 'svelte';
import type { StandardSummary } from '$lib/content/schema';
import { mergeCatalog } from '$lib/custom/custom-slug';
import { customSummaries, loadBundledStandards } from '$lib/custom/standards-catalog';
import { peekSessionList, type ListPeek } from '$lib/db/peek-session-list';
import type { SessionPage } from '$lib/db/session-list-repo';
import type { Answer } from '$lib/review/schema';
import type { CustomStandardRow } from '$lib/review/stored-rows';
import { DEFAULT_STATUS } from '$lib/review/sessions-query';
import { groupBySession } from './list-answers';
import type { ListPage, ListQuery } from './sessions-list';
import { onListChange, onShownAgain } from './stored-changes';

/** What the list reads of a query: the shape of a LiveQuery (db/live.svelte). */
export interface ListReading<T> {
	readonly current: T;
	readonly error: unknown;
	readonly loading: boolean;
	readonly pending: boolean;
}

type LiveModule = typeof import('./sessions-list');
interface Live {
	/** The page and its answers: one live query (./sessions-list). */
	sessions: ReturnType<LiveModule['liveSessionList']>;
}

/** The answers the live page carries, read as their own ListReading. */
function answersOf(live: ListReading<ListPage>): ListReading<ReadonlyMap<string, readonly Answer[]>> {
	return {
		get current() {
			return live.current.answers;
		},
		get error() {
			return live.error;
		},
		get loading() {
			return live.loading;
		},
		get pending() {
			return live.pending;
		}
	};
}

/** The list's first page: what a peek reads. */
export const FIRST_PAGE = 50;

/** The default list's request: the only one a peek answers. */
const isFirstPage = (q: ListQuery): boolean => q.query === '' && q.role === undefined && q.status === DEFAULT_STATUS && q.sort === 'updated' && q.limit <= FIRST_PAGE;

const NOTHING: ListPeek = { sessions: [], hasMore: false, answers: [], customStandards: [] };

interface Peeked {
	page: SessionPage;
	answers: Map<string, Answer[]>;
}

export class HomeList {
	#peeked = $state.raw<Peeked | undefined>();
	#live = $state.raw<Live | undefined>();
	#liveError = $state.raw<unknown>();
	#starting: Promise<void> | undefined;
	#peekRun = 0;
	/** The custom standards' rows, from the peek or (no peek) through Dexie: read once, by whichever comes first. */
	#customRows: Promise<CustomStandardRow[]>;
	#readCustomRows!: (read: () => Promise<CustomStandardRow[]>) => void;
	readonly #params: () => ListQuery;
	readonly #subscribe: () => void;

	/** `params`: the list's request as the user sets it. */
	constructor(params: () => ListQuery) {
		this.#params = params;
		let settled = false;
		this.#customRows = new Promise((resolve) => {
			this.#readCustomRows = (read) => {
				if (!settled) resolve(read());
				settled = true;
			};
		});
		// Started by the first reader (the template), stopped with the last.
		this.#subscribe = createSubscriber(() => {
			const stopChanges = onListChange(this.goLive);
			const stopShown = onShownAgain(() => this.#peek());
			const stopEffects = $effect.root(() => {
				$effect(() => {
					if (!isFirstPage(params())) untrack(this.goLive);
				});
			});
			this.#peek();
			return () => {
				stopChanges();
				stopShown();
				stopEffects();
			};
		});
	}

	/** The Dexie path from now on (idempotent). */
	readonly goLive = (): void => {
		this.#starting ??= import('./sessions-list').then(
			({ liveSessionList }) => {
				this.#live = { sessions: liveSessionList(this.#params) };
				this.#readCustomRows(() => import('$lib/db/custom-standards-read').then((m) => m.listCustomStandards()));
			},
			(error: unknown) => {
				// The code could not be loaded (offline before it was cached): the peeked rows stay; the next need tries again.
				this.#starting = undefined;
				this.#liveError = error;
			}
		);
	};

	#peek(): void {
		if (this.#starting) return;
		const run = ++this.#peekRun;
		void peekSessionList(FIRST_PAGE).then((result) => {
			if (run !== this.#peekRun) return;
			if (result.kind === 'unavailable') return this.goLive();
			const value = result.kind === 'read' ? result.value : NOTHING;
			this.#peeked = { page: { sessions: value.sessions, hasMore: value.hasMore }, answers: groupBySession(value.answers) };
			this.#readCustomRows(() => Promise.resolve(value.customStandards));
		});
	}

	/** The live query while it has a result (or nothing was peeked); otherwise the peek. Getters: read where shown. */
	#view<T>(live: () => ListReading<T> | undefined, peeked: () => T | undefined, none: T): ListReading<T> {
		const subscribe = () => this.#subscribe();
		const liveError = () => this.#liveError;
		return {
			get current() {
				subscribe();
				const [l, p] = [live(), peeked()];
				return l && (!l.loading || p === undefined) ? l.current : (p ?? none);
			},
			get error() {
				subscribe();
				return live()?.error ?? liveError();
			},
			get loading() {
				subscribe();
				const l = live();
				return peeked() === undefined && (l ? l.loading : true);
			},
			get pending() {
				subscribe();
				const l = live();
				return l ? l.pending : peeked() === undefined;
			}
		};
	}

	readonly sessions: ListReading<SessionPage> = this.#view(() => this.#live?.sessions, () => this.#peeked?.page, { sessions: [], hasMore: false });

	readonly answers: ListReading<ReadonlyMap<string, readonly Answer[]>> = this.#view(
		() => this.#live && answersOf(this.#live.sessions),
		() => this.#peeked?.answers,
		new Map()
	);

	/** Bundled and custom standards (progress of a review that uses the user's own standard counts its items too). */
	catalog(): Promise<StandardSummary[]> {
		return loadCatalog(() => this.#customRows);
	}
}

let catalog: Promise<StandardSummary[]> | undefined;

function loadCatalog(customRows: () => Promise<CustomStandardRow[]>): Promise<StandardSummary[]> {
	catalog ??= Promise.all([loadBundledStandards(), customRows().then(customSummaries, () => [])]).then(
		([bundled, custom]) => mergeCatalog(bundled, custom),
		() => {
			catalog = undefined;
			return [];
		}
	);
	return catalog;
}

/** What the list says when the database cannot be opened (a failed upgrade included). */
export { describeOpenError } from '$lib/db/errors';
