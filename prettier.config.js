// @ts-check
// The project's existing style (tabs, single quotes, long lines), so formatting the tree changes little.

/** @type {import('prettier').Config} */
export default {
	useTabs: true,
	singleQuote: true,
	printWidth: 140,
	plugins: ['prettier-plugin-astro'],
};
