/** A free port, and the production build served by scripts/serve.mjs on it (restarted if it dies mid-run). */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

export function freePort() {
	return new Promise((resolve, reject) => {
		const srv = createServer();
		srv.unref();
		srv.on('error', reject);
		srv.listen(0, 'localhost', () => {
			const { port } = srv.address();
			srv.close(() => resolve(port));
		});
	});
}

function start(root, buildDir, port) {
	const child = spawn(process.execPath, ['scripts/serve.mjs'], {
		cwd: root,
		env: { ...process.env, PORT: String(port), SHIPSHAPE_BUILD_DIR: buildDir },
		stdio: ['ignore', 'pipe', 'inherit']
	});
	const ready = new Promise((resolve, reject) => {
		child.once('exit', (code) => reject(new Error(`serve.mjs exited (${code})`)));
		child.stdout.on('data', (d) => String(d).includes('being served') && resolve());
	});
	return { child, ready };
}

export async function serve(root, buildDir) {
	const port = await freePort();
	let stopped = false;
	let current = start(root, buildDir, port);
	await current.ready;
	const watch = () =>
		current.child.once('exit', () => {
			if (stopped) return;
			console.error('[bench] the static server died; restarting it');
			current = start(root, buildDir, port);
			current.ready.catch(() => undefined);
			watch();
		});
	watch();
	return {
		url: `http://localhost:${port}`,
		stop: () => {
			stopped = true;
			current.child.kill();
		}
	};
}
