import { bundledSummaries } from '$lib/server/standards';

export function load() {
	return { standards: bundledSummaries() };
}
