/**
 * Keeps package-lock.json complete for every platform. Some registry mirrors
 * serve only the rollup native builds for the machine's own platform; npm then
 * writes a lockfile without the others, and `npm ci` refuses it ("Missing:
 * @rollup/rollup-darwin-arm64 from lock file"). This adds the missing entries
 * (name, version, os/cpu/libc, optional), so `npm ci` skips them here and
 * fetches the right one on a laptop. Run it after `npm install` changes rollup.
 */
import { readFileSync, writeFileSync } from 'node:fs';

const LOCK = 'package-lock.json';
const lock = JSON.parse(readFileSync(LOCK, 'utf8'));
const packages = lock.packages;

/** rollup's native packages: name suffix → [os, cpu, libc?]. */
const PLATFORMS = {
	'android-arm-eabi': ['android', 'arm'],
	'android-arm64': ['android', 'arm64'],
	'android-x64': ['android', 'x64'],
	'darwin-arm64': ['darwin', 'arm64'],
	'darwin-x64': ['darwin', 'x64'],
	'freebsd-arm64': ['freebsd', 'arm64'],
	'freebsd-x64': ['freebsd', 'x64'],
	'linux-arm-gnueabihf': ['linux', 'arm', 'glibc'],
	'linux-arm-musleabihf': ['linux', 'arm', 'musl'],
	'linux-arm64-gnu': ['linux', 'arm64', 'glibc'],
	'linux-arm64-musl': ['linux', 'arm64', 'musl'],
	'linux-loong64-gnu': ['linux', 'loong64', 'glibc'],
	'linux-loong64-musl': ['linux', 'loong64', 'musl'],
	'linux-ppc64-gnu': ['linux', 'ppc64', 'glibc'],
	'linux-ppc64-musl': ['linux', 'ppc64', 'musl'],
	'linux-riscv64-gnu': ['linux', 'riscv64', 'glibc'],
	'linux-riscv64-musl': ['linux', 'riscv64', 'musl'],
	'linux-s390x-gnu': ['linux', 's390x', 'glibc'],
	'linux-x64-gnu': ['linux', 'x64', 'glibc'],
	'linux-x64-musl': ['linux', 'x64', 'musl'],
	'openbsd-x64': ['openbsd', 'x64'],
	'openharmony-arm64': ['openharmony', 'arm64'],
	'win32-arm64-msvc': ['win32', 'arm64'],
	'win32-ia32-msvc': ['win32', 'ia32'],
	'win32-x64-gnu': ['win32', 'x64'],
	'win32-x64-msvc': ['win32', 'x64']
};

let added = 0;
for (const [path, entry] of Object.entries(packages)) {
	for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
		const suffix = name.startsWith('@rollup/rollup-') ? name.slice('@rollup/rollup-'.length) : undefined;
		const platform = suffix && PLATFORMS[suffix];
		const key = `node_modules/${name}`;
		if (!platform || packages[key] || packages[`${path}/${key}`]) continue;
		const [os, cpu, libc] = platform;
		packages[key] = { version, cpu: [cpu], dev: entry.dev, ...(libc ? { libc: [libc] } : {}), license: 'MIT', optional: true, os: [os] };
		if (!entry.dev) delete packages[key].dev;
		added += 1;
	}
}

// npm sorts the keys; keep the diff small by doing the same.
lock.packages = Object.fromEntries(Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))));
writeFileSync(LOCK, JSON.stringify(lock, null, 2) + '\n');
console.log(`package-lock.json: added ${added} platform entr${added === 1 ? 'y' : 'ies'}.`);
