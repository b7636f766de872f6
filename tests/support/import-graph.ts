import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

/** One import of a project file by another, both as `/`-separated paths from the project root. */
export interface ProjectImport {
	from: string;
	to: string;
	/** 1-based line of the import statement in `from`. */
	line: number;
}

const sourceFile = /\.(ts|astro)$/;

/**
 * Every import of a project file by a `.ts` or `.astro` file under `roots`: `import … from '…'`,
 * `export … from '…'`, `import '…'` and `import('…')`, type-only imports included (a type is a
 * dependency on the folder that defines it as much as a value is). Packages and `node:` modules are
 * not project files and are left out. For `.astro` files only the frontmatter is read: the markup
 * below it may contain the word "import" as text.
 */
export function projectImports(projectDir: string, roots: string[]): ProjectImport[] {
	const files = roots.flatMap((root) => listFiles(join(projectDir, root))).filter((file) => sourceFile.test(file));
	return files.flatMap((file) => {
		const code = file.endsWith('.astro') ? frontmatter(readFileSync(file, 'utf8')) : readFileSync(file, 'utf8');
		return specifiers(code)
			.filter(({ specifier }) => specifier.startsWith('.'))
			.map(({ specifier, index }) => ({
				from: projectPath(projectDir, file),
				to: projectPath(projectDir, resolve(dirname(file), specifier)),
				line: code.slice(0, index).split('\n').length,
			}));
	});
}

/**
 * The folder a file belongs to for layering: `src/<folder>` under `src/` (a page deep under
 * `src/pages/[lang]/` is in `src/pages`), otherwise the top folder (`templates`, `scripts`).
 */
export function layerOf(path: string): string {
	const parts = path.split('/');
	if (parts[0] === 'src') return parts.length > 2 ? `src/${parts[1]}` : 'src';
	return parts[0]!;
}

/** The groups of folders that import each other, directly or round about (strongly connected components of more than one folder). */
export function folderCycles(imports: ProjectImport[]): string[][] {
	const edges = new Map<string, Set<string>>();
	for (const { from, to } of imports) {
		const [a, b] = [layerOf(from), layerOf(to)];
		if (!edges.has(a)) edges.set(a, new Set());
		if (!edges.has(b)) edges.set(b, new Set());
		if (a !== b) edges.get(a)!.add(b);
	}
	// Tarjan's algorithm; the graph has a few dozen folders, so recursion depth is no concern.
	const index = new Map<string, number>();
	const low = new Map<string, number>();
	const stack: string[] = [];
	const onStack = new Set<string>();
	const components: string[][] = [];
	const visit = (node: string) => {
		index.set(node, index.size);
		low.set(node, index.get(node)!);
		stack.push(node);
		onStack.add(node);
		for (const next of edges.get(node)!) {
			if (!index.has(next)) {
				visit(next);
				low.set(node, Math.min(low.get(node)!, low.get(next)!));
			} else if (onStack.has(next)) low.set(node, Math.min(low.get(node)!, index.get(next)!));
		}
		if (low.get(node) === index.get(node)) {
			const component: string[] = [];
			let member: string;
			do {
				member = stack.pop()!;
				onStack.delete(member);
				component.push(member);
			} while (member !== node);
			if (component.length > 1) components.push(component.sort());
		}
	};
	for (const node of [...edges.keys()].sort()) if (!index.has(node)) visit(node);
	return components.sort((a, b) => a[0]!.localeCompare(b[0]!));
}

function specifiers(code: string): { specifier: string; index: number }[] {
	const patterns = [
		// import x from '…', import { a, type B } from '…' (over several lines), export { a } from '…', export * from '…'
		/(?:^|[\n;])[ \t]*(?:import|export)\b[^'";]*?\bfrom[ \t]*(['"])([^'"\n]+)\1/g,
		// import '…' (a stylesheet, a side effect)
		/(?:^|[\n;])[ \t]*import[ \t]*(['"])([^'"\n]+)\1/g,
		// import('…')
		/\bimport\([ \t]*(['"])([^'"\n]+)\1[ \t]*\)/g,
	];
	return patterns.flatMap((pattern) =>
		[...code.matchAll(pattern)].map((m) => ({ specifier: m[2]!, index: m.index + m[0].indexOf(m[2]!) })),
	);
}

/** The frontmatter of an `.astro` file with the fences, so offsets in it are offsets in the file. */
function frontmatter(astro: string): string {
	return /^\s*---\r?\n[\s\S]*?\r?\n---/.exec(astro)?.[0] ?? '';
}

function listFiles(dir: string): string[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? listFiles(path) : [path];
	});
}

function projectPath(projectDir: string, file: string): string {
	return relative(projectDir, file).split(sep).join('/');
}
