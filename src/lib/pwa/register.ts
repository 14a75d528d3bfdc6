/**
 * Service-worker bridge: registers the worker (injectRegister does nothing in
 * SvelteKit), reports "ready to work offline" and "update available", and
 * checks for a new version periodically. It never reloads by itself: the
 * page calls `applyUpdate` only on the user's word.
 */
import { registerSW } from 'virtual:pwa-register';

export interface PwaEvents {
	onOfflineReady: () => void;
	onNeedRefresh: () => void;
	onError: (error: unknown) => void;
}

const UPDATE_CHECK_MS = 60 * 60 * 1000;

let updateSW: ((reload?: boolean) => Promise<void>) | undefined;

export function startServiceWorker(events: PwaEvents): void {
	if (!('serviceWorker' in navigator)) return;
	updateSW = registerSW({
		immediate: true,
		onOfflineReady: events.onOfflineReady,
		onNeedRefresh: events.onNeedRefresh,
		onRegisterError: events.onError,
		onRegisteredSW(_url, registration) {
			if (!registration) return;
			setInterval(() => {
				if (navigator.onLine) registration.update().catch(() => undefined);
			}, UPDATE_CHECK_MS);
		}
	});
}

/** Activates the waiting worker and reloads the page. */
export async function applyUpdate(): Promise<void> {
	await updateSW?.(true);
}
