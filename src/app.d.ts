// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {
		// interface Error {}
		// interface Locals {}
		// interface PageData {}
		interface PageState {
			/** What an import just did, said on the review page it opens. */
			imported?: string;
		}
		// interface Platform {}
	}
}

export {};
