/**
 * The service worker's registration and its two events, without
 * workbox-window (2.3 KB gz on every page, for what fits here): the same
 * semantics as vite-plugin-pwa's `registerSW` in prompt mode. A first
 * install reports "offline ready"; a new version installed while an older
 * one runs waits and reports "update available"; `applyUpdate` tells the
 * waiting worker to take over (the generated worker listens for
 * SKIP_WAITING) and the page reloads once it controls the page.
 */
export interface SwEvents {
	onOfflineReady: () => void;
	onNeedRefresh: () => void;
}

export interface SwBridge {
	registration: ServiceWorkerRegistration;
	applyUpdate: () => void;
}

export async function registerWorker(url: string, scope: string, events: SwEvents): Promise<SwBridge> {
	const container = navigator.serviceWorker;
	const registration = await container.register(url, { scope });
	// Decided now, not when a worker's state changes (by then the first worker may already be active):
	// with a worker running, the next one installed is an update; without, it is the first install.
	let running = container.controller !== null || registration.active !== null;
	let prompted = false;
	const prompt = () => {
		if (prompted) return;
		prompted = true;
		container.addEventListener('controllerchange', () => location.reload(), { once: true });
		events.onNeedRefresh();
	};
	const watched = new WeakSet<ServiceWorker>();
	const watch = (worker: ServiceWorker | null) => {
		if (!worker || watched.has(worker)) return;
		watched.add(worker);
		worker.addEventListener('statechange', () => {
			if (worker.state !== 'installed') return;
			if (running) return prompt();
			running = true;
			events.onOfflineReady();
		});
	};
	if (registration.waiting && running) prompt();
	// Installed while an earlier page of this first visit was open: offline-ready all the same (said once per device).
	else if (registration.active && !container.controller && !registration.installing && !registration.waiting) events.onOfflineReady();
	watch(registration.installing);
	registration.addEventListener('updatefound', () => watch(registration.installing));
	return { registration, applyUpdate: () => registration.waiting?.postMessage({ type: 'SKIP_WAITING' }) };
}
