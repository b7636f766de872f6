/** Reads a Netlify/Cloudflare `_headers` file: a path pattern, then indented `Name: value` lines. */
export function parseHeadersFile(text: string): { pattern: string; headers: Record<string, string> }[] {
	const rules: { pattern: string; headers: Record<string, string> }[] = [];
	for (const line of text.split('\n')) {
		if (line.trim() === '' || line.trim().startsWith('#')) continue;
		if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: {} });
		else {
			const [name, ...value] = line.trim().split(':');
			rules.at(-1)!.headers[name!.trim()] = value.join(':').trim();
		}
	}
	return rules;
}

/** The headers a static host would send for `path`: every rule whose pattern (with `*` wildcards) matches. */
export function headersFor(rules: ReturnType<typeof parseHeadersFile>, path: string): Record<string, string> {
	const matches = rules.filter((r) =>
		new RegExp(
			`^${r.pattern
				.split('*')
				.map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
				.join('.*')}$`,
		).test(path),
	);
	return Object.assign({}, ...matches.map((r) => r.headers));
}
