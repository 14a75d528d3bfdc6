/**
 * Validation before any transaction opens: awaiting anything that is not
 * Dexie inside a transaction commits it early, and invalid input must never
 * reach the database.
 */
import type { z } from 'zod/mini';
import { WriteError } from './errors';

type Schema<T> = z.ZodMiniType<T>;

export function validate<T>(schema: Schema<T>, value: unknown, what: string): T {
	const result = schema.safeParse(value);
	if (result.success) return result.data;
	const issues = result.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));
	const first = issues[0];
	const detail = first ? ` (${first.path || what}: ${first.message})` : '';
	return fail(`This ${what} could not be saved because it is not valid${detail}.`, issues);
}

function fail(message: string, issues: WriteError['issues']): never {
	throw new WriteError('invalid', { message, issues });
}
