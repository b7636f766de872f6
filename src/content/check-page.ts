import type { Nodes } from 'mdast';
import { relative } from 'node:path';
import { mdxToMdast } from 'satteri';
import { pageSchema } from '../schemas/page.ts';
import { isPureComment } from './html-comment.ts';
import { createProblem, type ContentProblem } from './content-problem.ts';
import type { FileProblems } from './content-error.ts';
import { parseMarkdown } from './extract-sections.ts';
import { nestingProblem, treeDepthProblem } from './markdown-limits.ts';
import { locateField, parseYaml } from './parse-yaml.ts';
import { readContentFile } from './read-content-file.ts';
import { splitFrontmatter } from './split-frontmatter.ts';
import { urlProblem } from '../schemas/url-policy.ts';
import type { RuleId, RuleParams } from '../problems/problem-catalogue.ts';

/** The part of an mdast node (plain or MDX) this check reads. */
interface PageNode {
	type: string;
	name?: string | null;
	url?: string;
	alt?: string | null;
	identifier?: string;
	value?: string;
	children?: PageNode[];
	position?: { start: { line: number; column: number } };
}

const markdownOnly = 'Pages are markdown only, like articles: write headings, paragraphs, lists, **bold** and [links](https://…).';

/**
 * A free page (`content/pages/<lang>/<name>.mdx` or `.md`) held to the rules of articles. Astro's MDX
 * would publish raw HTML, `<script>`, event handlers and `{expressions}`, and run `import`/`export` at
 * build time; none of that is needed for the privacy pages, so every JSX element, expression, ESM
 * statement and HTML node is an error, as is every URL the policy refuses. The MDX is parsed with
 * satteri, the parser @astrojs/mdx itself renders with, so the check sees what the build would.
 */
export function checkPageFile(path: string, languages?: readonly string[], texts?: Map<string, string>): FileProblems {
	const file = relative(process.cwd(), path) || path;
	const read = readContentFile(path);
	// The text as read, for the rules across pages (an untranslated copy), which must not read it again.
	texts?.set(path, read.text);
	const problems: ContentProblem[] = [...read.problems];
	const lang = path.split(/[\\/]/).at(-2) ?? '';
	if (languages && !languages.includes(lang)) {
		problems.push(createProblem('unknown-language', { line: 1, column: 1 }, { lang, languages, area: 'page' }));
	}
	const split = splitFrontmatter(read.text);
	if (!split) {
		problems.push(createProblem('frontmatter-missing', { line: 1, column: 1 }, { fields: 'page, title, description, updated' }));
		return { file, problems };
	}
	const frontmatter = parseYaml(split.yaml, pageSchema, 1);
	problems.push(...frontmatter.problems);
	// The site finds a page by its `page` field and links to it by its file name: both must agree, or
	// two files could claim one page.
	const name = (path.split(/[\\/]/).at(-1) ?? '').replace(/\.mdx?$/, '');
	if (frontmatter.data && frontmatter.data.page !== name) {
		problems.push(createProblem('page-name', locateField(split.yaml, ['page'], 1), { name, page: frontmatter.data.page, extension: path.endsWith('.mdx') ? '.mdx' : '.md' }));
	}
	const early = nestingProblem(split.body, split.bodyLineOffset);
	if (early) return { file, problems: [...problems, early] };
	let tree: PageNode;
	let lineOffset = 0;
	if (path.endsWith('.mdx')) {
		try {
			// The whole file, so positions are the file's lines (the frontmatter becomes a `yaml` node).
			tree = mdxToMdast(read.text, { features: { gfm: true, frontmatter: true } }) as PageNode;
		} catch (error) {
			const text = error instanceof Error ? error.message : String(error);
			const at = /^(\d+):(\d+):\s*/.exec(text);
			problems.push(createProblem('mdx-syntax', { line: Number(at?.[1] ?? 1), column: Number(at?.[2] ?? 1) }, { detail: text.replace(/^\d+:\d+:\s*/, '').replace(/\s*\([\w:-]+\)$/, ''), hint: `${markdownOnly} A literal "<" or "{" must be written as \\< or \\{.` }));
			return { file, problems };
		}
	} else {
		tree = parseMarkdown(split.body) as PageNode;
		lineOffset = split.bodyLineOffset;
	}
	const deep = treeDepthProblem(tree as Nodes, lineOffset);
	if (deep) return { file, problems: [...problems, deep] };
	problems.push(...bodyProblems(tree, lineOffset));
	return { file, problems };
}

function bodyProblems(tree: PageNode, lineOffset: number): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const definitions = new Map<string, string>();
	walk(tree, (node) => {
		if (node.type === 'definition' && node.identifier && !definitions.has(node.identifier)) definitions.set(node.identifier, node.url ?? '');
	});
	walk(tree, (node) => {
		const at = { line: (node.position?.start.line ?? 1) + lineOffset, column: node.position?.start.column ?? 1 };
		const error = <R extends RuleId>(ruleId: R, params: RuleParams<R>) => problems.push(createProblem(ruleId, at, params));
		switch (node.type) {
			case 'mdxJsxFlowElement':
			case 'mdxJsxTextElement':
				error('page-jsx', { name: node.name ?? undefined, hint: markdownOnly });
				break;
			case 'mdxFlowExpression':
			case 'mdxTextExpression':
				error('page-expression', { code: (node.value ?? '').slice(0, 40), hint: `${markdownOnly} Write a literal brace as \\{.` });
				break;
			case 'mdxjsEsm':
				error('page-esm', { hint: markdownOnly });
				break;
			case 'html':
				if (!isPureComment(node.value ?? '')) error('raw-html', { where: 'pages', hint: markdownOnly });
				break;
			case 'link':
			case 'image':
			case 'definition': {
				const url = node.url ?? '';
				const problem = url.trim() === '' ? undefined : urlProblem(url, node.type === 'image' ? 'image' : 'link');
				if (problem) error(problem.ruleId, problem.params);
				if (node.type === 'image' && !node.alt?.trim()) error('image-alt', { example: '/images/file.jpg' });
				break;
			}
			case 'imageReference':
			case 'linkReference': {
				const url = definitions.get(node.identifier ?? '');
				const problem = url ? urlProblem(url, node.type === 'imageReference' ? 'image' : 'link') : undefined;
				if (problem) error(problem.ruleId, problem.params);
				break;
			}
		}
	});
	return problems;
}

function walk(node: PageNode, enter: (node: PageNode) => void): void {
	enter(node);
	for (const child of node.children ?? []) walk(child, enter);
}
