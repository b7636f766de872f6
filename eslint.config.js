// @ts-check
// The recommended sets of ESLint, typescript-eslint and eslint-plugin-astro; layout is Prettier's job
// (none of these sets has a formatting rule, so the two never disagree).
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
	// Build output and caches are made, not written; content and fixtures are text, not code.
	globalIgnores(['dist/', '.astro/', '.build-tmp/', 'content/', 'tests/fixtures/']),
	js.configs.recommended,
	tseslint.configs.recommended,
	astro.configs['flat/recommended'],
	{
		// Everything here runs in Node (scripts, Astro's build, tests); pages ship no client script.
		languageOptions: { globals: globals.node },
		rules: {
			// Rejecting control characters is what the content check, the URL policy and the manifest
			// schema are for, so their regular expressions name them on purpose.
			'no-control-regex': 'off',
			// Best-effort clean-up (a browser profile a helper still writes to) may fail; a later run retries.
			'no-empty': ['error', { allowEmptyCatch: true }],
			// `const { note: _note, ...rest } = x` is how the code drops keys from an object, and a parameter
			// named `_` types a function's input it does not read (the problem catalogue's rules without data).
			'@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true, argsIgnorePattern: '^_$' }],
		},
	},
	{
		// Puppeteer reads its configuration with require(), so this one file is CommonJS.
		files: ['**/*.cjs'],
		languageOptions: { sourceType: 'commonjs' },
		rules: { '@typescript-eslint/no-require-imports': 'off' },
	},
);
