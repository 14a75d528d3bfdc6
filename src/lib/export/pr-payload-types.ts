/** What the hidden comment of a PR Self-QA block says, whichever version wrote it. */
import { z } from 'zod/mini';
import { roleSchema, type Role, type TierNumber } from '$lib/content/schema';
import { commitFieldsSchema, type AnswerState, type CommitFields, type PrRef, type Session } from '$lib/review/schema';

/** The session settings every version carries, field for field. */
export const settingsFields = {
	role: roleSchema,
	title: z.string(),
	checklists: z.array(z.string()),
	triggers: z.array(z.string()),
	tierOverrides: z.record(z.string(), z.boolean()),
	fiveSecond: z.record(z.string(), z.boolean()),
	commit: commitFieldsSchema,
	contentVersions: z.record(z.string(), z.string())
};

/** The session's settings. The PR is host, repository and number only: its link is always rebuilt from them. */
export type PayloadSettings = Pick<Session, 'title' | 'checklists' | 'triggers' | 'tierOverrides' | 'fiveSecond' | 'contentVersions'> & {
	pr: Pick<PrRef, 'host' | 'repo' | 'number' | 'hostname'>;
	role: Role;
	commit: CommitFields;
};

/** One stored item and what the hidden data says about it. */
export interface PayloadEntry {
	standard: string;
	checklist: string;
	tier?: TierNumber;
	/** The full item id. */
	id: string;
	/** Whether the item has a line in the visible list (the line then says its state, note and answer). */
	lined: boolean;
	/** The state when the block was written; v1 blocks say it only for items without a line. */
	state?: AnswerState;
	/** Only where the line cannot give it back exactly (or there is no line). */
	answer?: string;
	note?: string;
	/** The N/A reason, likewise only where the line cannot give it back exactly. */
	reason?: string;
	/** The item's text, when the standard's differs (or, in v1 blocks, always). */
	text?: string;
	/** v1 blocks only: what the item was, as the session stored it. */
	label?: string;
	priority?: 'P0' | 'P1' | 'P2';
}

export interface DecodedPayload {
	version: 1 | 2;
	settings: PayloadSettings;
	entries: PayloadEntry[];
	/** When the review last changed before the block was written (v2 only). */
	writtenAt?: string;
}

export type DecodeResult = { ok: true; payload: DecodedPayload } | { ok: false; reason: string };
