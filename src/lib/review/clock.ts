/**
 * Time and ids for new records. Kept here so pure modules take `now` and
 * `id` as arguments (exact in tests) and only callers at the edge use these.
 */

/** The current time as a UTC ISO string, the format every record stores. */
export const nowIso = (): string => new Date().toISOString();

/** A random id for a new session (crypto.randomUUID exists in every browser Shipshape supports and in Node 20). */
export const newId = (): string => crypto.randomUUID();
