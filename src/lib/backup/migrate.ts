/**
 * Older backup envelopes → the current one, one version step at a time
 * (Excalidraw's restore: parse → check → migrate). Each step takes the
 * envelope of version n and returns version n + 1; the result is validated
 * against the current schema afterwards, so a step only reshapes.
 */
import { BACKUP_VERSION } from './schema';

export type Envelope = Record<string, unknown>;
export type Migration = (envelope: Envelope) => Envelope;

/**
 * Keyed by the version a step upgrades FROM: MIGRATIONS[1] would turn a
 * version 1 backup into version 2. Version 1 is the first Shipshape wrote,
 * so the table is empty until the format changes; tests pass their own table.
 */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {};

export type Migrated = { ok: true; envelope: Envelope } | { ok: false; message: string };

export function migrateEnvelope(
	envelope: Envelope,
	version: number,
	migrations: Readonly<Record<number, Migration>> = MIGRATIONS,
	target: number = BACKUP_VERSION
): Migrated {
	let current = envelope;
	for (let v = version; v < target; v++) {
		const step = migrations[v];
		if (!step) {
			return { ok: false, message: `This backup has version ${version}, which this version of Shipshape cannot read.` };
		}
		current = { ...step(current), version: v + 1 };
	}
	return { ok: true, envelope: current };
}
