/** The bundled standards, inlined by scripts/build-gate.mjs when the CLI and Action are bundled. */
declare module 'virtual:shipshape-standards' {
	const files: ReadonlyArray<{ file: string; text: string }>;
	export default files;
}
