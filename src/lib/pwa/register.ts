/**
 * Service-worker bridge: registers the worker (injectRegister does nothing in
 * SvelteKit), reports "ready to work offline" and "update available", and
 * checks for a new version periodically. It never reloads by itself: the
 * page calls `applyUpdate` only on the user's word. The registration code
 * (and workbox-window) is imported once the page has loaded and is idle: it
 * is not part of what a page needs to paint and respond.
 */
import { whenIdle } from '$lib/app/when-idle';

export interface PwaEvents {
	onOfflineReady: () => void;
	onNeedRefresh: () => void;
	onError: (error: unknown) => void;
}

const UPDATE_CHECK_MS = 60 * 60 * 1000;

let updateSW: ((reload?: boolean) => Promise<void>) | undefined;

export function startServiceWorker(events: PwaEvents): void {
	if (!('serviceWorker' in navigator)) return;
	whenIdle(() => void import('virtual:pwa-register').then(({ registerSW }) => register(registerSW, events), events.onError));
}

type RegisterSW = typeof import('virtual:pwa-register').registerSW;

function register(registerSW: RegisterSW, events: PwaEvents): void {
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
