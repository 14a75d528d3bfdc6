/**
 * Query parameters are user input: parsed with a schema, never trusted.
 */
import { z } from 'zod/mini';
import { roleSchema, type Role } from '$lib/content/schema';

const newReviewParamsSchema = z.object({
	role: z.catch(z.optional(roleSchema), undefined),
	from: z.catch(z.optional(z.string().check(z.maxLength(100))), undefined)
});

export interface NewReviewParams {
	role: Role | undefined;
	from: string | undefined;
}

export function parseNewReviewParams(search: URLSearchParams): NewReviewParams {
	const parsed = newReviewParamsSchema.parse({ role: search.get('role') ?? undefined, from: search.get('from') ?? undefined });
	return { role: parsed.role, from: parsed.from };
}
