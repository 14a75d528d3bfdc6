/**
 * Service-worker bridge: registers the worker (injectRegister does nothing in
 * SvelteKit), reports "ready to work offline" and "update available", and
 * checks for a new version periodically. It never reloads by itself: the
 * page calls `applyUpdate` only on the user's word. The registration code
 * (sw-bridge.ts: no workbox-window) is imported once the page is idle: it
 * is not part of what a page needs to paint and respond.
 */
import { base } from '$app/paths';
import { whenIdle } from '$lib/app/when-idle';
import type { SwBridge } from './sw-bridge';

export interface PwaEvents {
	onOfflineReady: () => void;
	onNeedRefresh: () => void;
	onError: (error: unknown) => void;
}

const UPDATE_CHECK_MS = 60 * 60 * 1000;

let bridge: SwBridge | undefined;

export function startServiceWorker(events: PwaEvents): void {
	if (!('serviceWorker' in navigator)) return;
	whenIdle(() =>
		void import('./sw-bridge')
			.then(({ registerWorker }) => registerWorker(`${base}/sw.js`, `${base}/`, events))
			.then((registered) => {
				bridge = registered;
				setInterval(() => {
					if (navigator.onLine) registered.registration.update().catch(() => undefined);
				}, UPDATE_CHECK_MS);
			}, events.onError)
	);
}

/** Activates the waiting worker; the page reloads once it has taken over. */
export function applyUpdate(): void {
	bridge?.applyUpdate();
}
