/**
 * Pages with input in progress register here, so an update never reloads
 * under unsaved input.
 */
const holders = new Set<string>();

export function holdUnsaved(key: string, dirty: boolean): void {
	if (dirty) holders.add(key);
	else holders.delete(key);
}

export function hasUnsavedInput(): boolean {
	return holders.size > 0;
}
