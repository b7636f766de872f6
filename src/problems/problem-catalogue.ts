/**
 * The one catalogue of problems: every rule the check, the build and the leaflet renderer report, with
 * its default severity, the README section that explains it, and its message and hint built from typed
 * parameters, so a call site can neither invent a rule id nor pass the data of another rule.
 * Decisions (does a retry help? which translation is stale?) look at the rule id and these fields,
 * never at the wording, which may change freely. Imports nothing: it is the bottom of the import graph.
 */

/** What a rule says: `message` is what is wrong, `hint` what to do. */
export interface ProblemText {
	message: string;
	hint?: string;
}

/** A rule whose wording comes from the code that found the problem: zod's schema issues, described by parse-yaml.ts. */
const told = (text: ProblemText): ProblemText => text;

const sitePathHint =
	'Link to pages of this site with their path (/de/mesotherapie/), to other sites with https://…, or write mailto:/tel: addresses.';

const externalImage = (shown: string): ProblemText => ({
	message: `The image ${shown} would be loaded from another host, or is not a file at all.`,
	hint: 'Nothing on the site or in a leaflet is loaded from another host: save the image into public/images/ and write ![description](/images/file.jpg).',
});

/** Kinds of difference between a translation and its source (compare-translation.ts). */
export type TranslationDifferenceKind = 'count' | 'value' | 'section-missing' | 'section-extra';

/** A difference of a translation from its source, as the `translation-differs` rule prints it. */
export interface TranslationDifferenceParams {
	kind: TranslationDifferenceKind;
	sourceFile: string;
	item: string;
	field: string;
	source: string;
	translation: string;
	list?: readonly string[];
}

/** Where an advertising finding stands and whether an author acknowledged it (src/content/advertising/). */
export interface AdvertisingFindingParams {
	/** The words found, as written. */
	term: string;
	/** The sentence or picture text they stand in. */
	sentence: string;
	/** The reason of an `advertising-ok` acknowledgement: the finding is then a warning. */
	acknowledged?: string;
	/** Why the rule table makes this term only a warning (its words also have an innocent meaning). */
	ambiguous?: string;
}

function advertisingText(p: AdvertisingFindingParams, why: string, todo: string): ProblemText {
	const term = `"${p.term.length > 60 ? `${p.term.slice(0, 59)}…` : p.term}"`;
	if (p.acknowledged !== undefined) {
		return {
			message: `Acknowledged (${JSON.stringify(p.acknowledged)}): ${term} ${why}.`,
			hint: `In "${p.sentence}": check that the reason still holds; remove the acknowledgement when the text changes.`,
		};
	}
	return {
		message: `${term} ${why}${p.ambiguous === undefined ? '' : ` (a warning only: ${p.ambiguous})`}.`,
		hint: `In "${p.sentence}": ${todo}. If the wording must stay (a quoted guideline), acknowledge it here with a reason.`,
	};
}

/** The parameters of a rule whose text is fixed: pass `{}`. */
type NoParams = Record<never, never>;

export const problemCatalogue = {
	// Reading files (read-content-file.ts, load-settings.ts, check-file-names.ts)
	bom: {
		severity: 'error',
		docs: 'authoring-guide',
		summary: 'The file starts with a byte-order mark.',
		text: (_: NoParams) => ({
			message: 'The file starts with a byte-order mark (BOM).',
			hint: 'Save the file as "UTF-8" without BOM (editors often call the other option "UTF-8 with BOM").',
		}),
	},
	'invalid-utf8': {
		severity: 'error',
		docs: 'authoring-guide',
		summary: 'A byte that is not UTF-8 (the file was saved as Latin-1 or Windows-1252).',
		text: ({ byte }: { byte: number }) => ({
			message: `This line contains a byte (0x${byte.toString(16).padStart(2, '0')}) that is not valid UTF-8.`,
			hint: 'Save the file as UTF-8 (it was probably saved as Latin-1 or Windows-1252); check the umlauts and quotes on this line.',
		}),
	},
	'invisible-character': {
		severity: 'error',
		docs: 'authoring-guide',
		summary: 'A control, zero-width or bidi character, or an isolate not closed on its line.',
		text: ({ character, problem, hint }: { character: string; problem: string; hint: string }) => ({
			message: `${character} ${problem}`,
			hint,
		}),
	},
	'missing-file': {
		severity: 'error',
		docs: 'the-clinic-profile',
		summary: "The clinic profile or a language's UI strings are missing.",
		text: (_: NoParams) => ({ message: 'This file is missing.', hint: "Create it; the README's authoring guide shows what goes in it." }),
	},
	'file-name': {
		severity: 'error',
		docs: 'add-an-article',
		summary: 'A file or folder name that is no slug or language code (such files are never loaded).',
		text: (
			p:
				| { why: 'not-a-folder' | 'not-a-language'; area: 'articles' | 'pages'; name: string; languages?: readonly string[] }
				| { why: 'wrong-kind'; area: 'articles' | 'pages'; folder: string; name: string; extensions: readonly string[] }
				| { why: 'not-a-slug'; name: string; suggestion: string }
				| { why: 'link' | 'special'; name: string },
		): ProblemText => {
			switch (p.why) {
				case 'not-a-folder':
					return {
						message: `${p.area}/ holds only one folder per language; "${p.name}" is not read.`,
						hint: `Move it into a language folder, e.g. ${p.area}/${p.languages?.[0] ?? 'de'}/.`,
					};
				case 'not-a-language':
					return {
						message: `The folder "${p.name}" is not a language code.`,
						hint: `Name language folders with the lower-case codes in \`languages\` of content/clinic.yaml${p.languages ? ` (${p.languages.join(', ')})` : ''}.`,
					};
				case 'wrong-kind':
					return {
						message: `"${p.name}" is not ${p.area === 'articles' ? 'an article (.md)' : 'a page (.md or .mdx)'} and is not read.`,
						hint: `Keep only ${p.extensions.map((e) => `.${e}`).join(' and ')} files in ${p.area}/${p.folder}/.`,
					};
				case 'not-a-slug':
					return {
						message: `The file name "${p.name}" is not a valid slug: it becomes the page's URL.`,
						hint: `Use lower-case letters a–z, digits and single hyphens, no spaces, umlauts or leading dots, e.g. ${p.suggestion}.`,
					};
				case 'link':
					return {
						message: `"${p.name}" is a symbolic link: content files must be real files in the content folder.`,
						hint: 'Replace the link with a copy of the file it points to (a link is not checked like a file, and may lead out of the content folder).',
					};
				case 'special':
					return {
						message: `"${p.name}" is not a regular file (a pipe, socket or device) and cannot be read as content.`,
						hint: 'Remove it from the content folder; keep only regular files and folders there.',
					};
			}
		},
	},
	'check-failed': {
		severity: 'error',
		docs: 'problems-the-check-reports',
		summary: 'The check itself failed on this file (a bug of the check, or an input nobody foresaw).',
		text: ({ error }: { error: string }) => ({
			message: `The check failed on this file: ${error}`,
			hint: 'Look for an unusual construct near your latest change; if the file looks right, report it as a bug of the check, with the file.',
		}),
	},
	// YAML (parse-yaml.ts, yaml-limits.ts)
	'frontmatter-missing': {
		severity: 'error',
		docs: 'add-an-article',
		summary: 'An article or page without `---` frontmatter.',
		text: ({ fields }: { fields: string }) => ({
			message: 'The file has no frontmatter.',
			hint: `Start the file with a \`---\` line, the fields (${fields}), and another \`---\` line.`,
		}),
	},
	'yaml-syntax': {
		severity: 'error',
		docs: 'add-an-article',
		summary: 'YAML that cannot be read, at the line where the parser stopped.',
		text: ({ detail, hint }: { detail: string; hint: string }) => ({ message: `YAML syntax error: ${detail}`, hint }),
	},
	'yaml-alias': {
		severity: 'error',
		docs: 'add-an-article',
		summary: 'A YAML anchor (`&name`) or alias (`*name`).',
		text: ({ alias }: { alias: boolean }) => ({
			message: alias ? 'YAML aliases (`*name`) are not allowed in content.' : 'YAML anchors (`&name`) are not allowed in content.',
			hint: 'Write the value out where it is needed: content must read the same to everyone who edits it, and aliases can expand a small file into a huge one.',
		}),
	},
	schema: {
		severity: 'error',
		docs: 'add-an-article',
		summary: 'A field that is missing, unknown or has a wrong value (its message says which and what is allowed).',
		text: told,
	},
	'nesting-too-deep': {
		severity: 'error',
		docs: 'add-an-article',
		summary: 'YAML or markdown nested too deeply, or markdown with lines or a body too long, to read in reasonable time.',
		text: (
			p: { in: 'yaml'; detail?: string } | { in: 'markdown'; detail: string; maxNesting: number; maxEmphasisRuns: number; hint?: string },
		): ProblemText =>
			p.in === 'yaml'
				? {
						message: p.detail === undefined ? 'The YAML is nested too deeply to read.' : `The YAML is nested too deeply: ${p.detail}`,
						hint: 'Content needs only a few levels of lists and fields; check the indentation and the brackets.',
					}
				: {
						message: p.detail,
						hint:
							p.hint ??
							`Write flatter markdown: at most ${p.maxNesting} levels of quotes and lists inside each other, and at most ${p.maxEmphasisRuns} emphasis, strikethrough or link marks on one line.`,
					},
	},
	// Article bodies (extract-sections.ts)
	'no-h1': {
		severity: 'error',
		docs: 'add-an-article',
		summary: 'A level-1 heading in the body (the title comes from the frontmatter).',
		text: (_: NoParams) => ({
			message: 'The body must not contain a level-1 heading (`# …`).',
			hint: 'The title comes from the frontmatter; start sections with `## Heading {#key}`.',
		}),
	},
	'section-marker': {
		severity: 'error',
		docs: 'add-an-article',
		summary:
			'A `##` heading without a section marker, with an unknown key, or a marker written wrongly (spaces, no `#`, on a `###` heading, below the heading).',
		text: (
			p: (
				| { heading: string }
				| { key: string; guess?: string }
				| { shape: 'malformed' | 'next-line'; written: string; guess?: string }
				| { shape: 'level'; written: string; depth: number; guess?: string }
				| { shape: 'no-space'; written: string; hashes: string; guess?: string }
			) & { known: readonly string[]; notFound?: readonly string[] },
		) => {
			const known = `Known keys: ${p.known.join(', ')}.`;
			// Reported once for the mistake: the sections not found are probably this one, so they are named here.
			const notFound = p.notFound?.length ? ` Required sections not found: ${p.notFound.join(', ')}.` : '';
			const guess = 'guess' in p && p.guess ? `Did you mean {#${p.guess}}? ` : '';
			if ('heading' in p)
				return {
					message: `The heading "${p.heading}" has no section marker.`,
					hint: `End every \`##\` heading with a marker such as \`{#overview}\`; known keys: ${p.known.join(', ')}. Use \`###\` for sub-headings.${notFound}`,
				};
			if (!('shape' in p)) return { message: `Unknown section key "{#${p.key}}".`, hint: `${guess}${known}${notFound}` };
			switch (p.shape) {
				case 'malformed':
					return {
						message: `The section marker "${p.written}" is not written as {#key}.`,
						hint: `${guess}A marker is \`{#key}\` at the end of the \`##\` heading: \`#\` right after \`{\`, no spaces inside the braces. ${known}${notFound}`,
					};
				case 'next-line':
					return {
						message: `The section marker "${p.written}" stands on the line below its heading.`,
						hint: `${guess}Put the marker at the end of the heading's own line: \`## Heading {#key}\`. ${known}${notFound}`,
					};
				case 'level':
					return {
						message: `The section marker "${p.written}" stands on a level-${p.depth} heading (\`${'#'.repeat(p.depth)}\`); sections start only at \`##\` headings.`,
						hint: `${guess}Write the section's heading with \`##\`; a \`###\` sub-heading has no marker. ${known}${notFound}`,
					};
				case 'no-space':
					return {
						message: `"${p.written}" is no heading: \`${p.hashes}\` needs a space after it.`,
						hint: `${guess}Write \`${p.hashes} \` with a space before the heading text. ${known}${notFound}`,
					};
			}
		},
	},
	'section-duplicate': {
		severity: 'error',
		docs: 'add-an-article',
		summary: 'A section key used twice in one article.',
		text: ({ key }: { key: string }) => ({
			message: `The section {#${key}} appears twice.`,
			hint: 'Each section key may be used once per article; merge the two sections.',
		}),
	},
	'section-empty': {
		severity: 'error',
		docs: 'add-an-article',
		summary: 'A section without text.',
		text: ({ key }: { key: string }) => ({
			message: `The section {#${key}} is empty.`,
			hint: 'Write its text, or remove the heading if the section is optional.',
		}),
	},
	'section-missing': {
		severity: 'error',
		docs: 'add-an-article',
		summary: 'A required section is missing.',
		text: ({ key, required }: { key: string; required: readonly string[] }) => ({
			message: `The required section {#${key}} is missing.`,
			hint: `Add a heading such as \`## … {#${key}}\` with its text; required: ${required.join(', ')}.`,
		}),
	},
	'content-outside-section': {
		severity: 'error',
		docs: 'add-an-article',
		summary: 'Text before the first section heading (it would be shown nowhere).',
		text: (_: NoParams) => ({
			message: 'Text before the first section heading is not shown anywhere.',
			hint: 'Start the body with a marked heading such as `## What is it? {#overview}`.',
		}),
	},
	'empty-heading': {
		severity: 'error',
		docs: 'add-an-article',
		summary: 'A heading without text.',
		text: ({ key }: { key?: string }) =>
			key === undefined
				? { message: 'This heading has no text.', hint: 'Write the heading text or remove the line.' }
				: {
						message: `The heading of section {#${key}} has no text.`,
						hint: "Write a heading in the article's language before the marker.",
					},
	},
	'raw-html': {
		severity: 'error',
		docs: 'add-an-article',
		summary: 'Raw HTML in an article or page (it would be dropped from the output).',
		text: ({ where, hint }: { where: 'articles' | 'pages'; hint: string }) => ({ message: `Raw HTML is not allowed in ${where}.`, hint }),
	},
	'empty-link': {
		severity: 'error',
		docs: 'add-an-article',
		summary: 'A link without text or target.',
		text: ({ noTarget }: { noTarget: boolean }) => ({
			message: noTarget ? 'This link has no target.' : 'This link has no text.',
			hint: 'Write links as [text](target).',
		}),
	},
	'image-alt': {
		severity: 'error',
		docs: 'add-an-article',
		summary: 'An image without alternative text.',
		text: ({ example }: { example: string }) => ({
			message: 'This image has no alternative text.',
			hint: `Describe the image for people who cannot see it: ![description](${example}).`,
		}),
	},
	// URLs (url-policy.ts, check-references.ts)
	'url-unsafe': {
		severity: 'error',
		docs: 'add-an-article',
		summary: 'A URL outside the allow-list (https:, mailto:, tel:, paths of the site).',
		text: (
			p:
				| {
						shown: string;
						why:
							| 'space'
							| 'backslash'
							| 'encoded-control'
							| 'not-web-address'
							| 'not-full-address'
							| 'other-host'
							| 'decoded-scheme'
							| 'userinfo'
							| 'image-scheme';
				  }
				| { shown: string; why: 'scheme'; scheme: string },
		): ProblemText => {
			switch (p.why) {
				case 'space':
					return {
						message: `The address ${p.shown} contains a space, tab, line break or control character.`,
						hint: 'Remove it; write a space inside a path as %20.',
					};
				case 'backslash':
					return {
						message: `The address ${p.shown} contains a backslash.`,
						hint: 'Browsers read a backslash as "/" (even as "//another-host"): use "/" in paths.',
					};
				case 'encoded-control':
					return { message: `The address ${p.shown} encodes a control character or backslash.`, hint: sitePathHint };
				case 'scheme':
					return {
						message: `The address ${p.shown} uses "${p.scheme}:", which is not allowed.`,
						hint:
							p.scheme === 'http'
								? 'Use the https:// address of the page (almost every site has one).'
								: `Only https:, mailto: and tel: addresses and paths of this site may be published. ${sitePathHint}`,
					};
				case 'not-web-address':
					return { message: `The address ${p.shown} is not a web address.`, hint: 'Write the full https:// address.' };
				case 'not-full-address':
					return {
						message: `The address ${p.shown} is not a full web address.`,
						hint: 'Write the full https:// address, e.g. https://www.example.org/page.',
					};
				case 'other-host':
					return {
						message: `The address ${p.shown} points at another host ("//…" keeps only the scheme of the page).`,
						hint: sitePathHint,
					};
				case 'decoded-scheme':
					return { message: `The address ${p.shown} starts like a scheme ("…:") once decoded.`, hint: sitePathHint };
				case 'userinfo':
					return {
						message: `The address ${p.shown} contains a user name or password before the host.`,
						hint: 'Remove the "…@" part: it hides the real host from readers.',
					};
				case 'image-scheme':
					return externalImage(p.shown);
			}
		},
	},
	'url-malformed': {
		severity: 'error',
		docs: 'add-an-article',
		summary: 'A URL that cannot be read (bad percent-escape, no host).',
		text: ({ shown, why }: { shown: string; why: 'escape' | 'invalid' | 'no-host' }) =>
			why === 'escape'
				? {
						message: `The address ${shown} has a malformed percent-escape (each % must be followed by two hex digits of valid UTF-8).`,
						hint: 'Write a literal % as %25, or correct the escape, e.g. %C3%A4 for ä.',
					}
				: {
						message:
							why === 'invalid' ? `The address ${shown} is not a valid web address.` : `The address ${shown} has no host after "https://".`,
						hint: 'Write it as https://host/path, e.g. https://www.example.org/page.',
					},
	},
	'path-traversal': {
		severity: 'error',
		docs: 'add-an-article',
		summary: 'A path with a `.` or `..` segment.',
		text: ({ shown, segment }: { shown: string; segment: string }) => ({
			message: `The path ${shown} contains a "${segment}" segment.`,
			hint: 'Write the path from the site root without "." or "..", e.g. /images/file.jpg or /de/mesotherapie/.',
		}),
	},
	'image-external': {
		severity: 'error',
		docs: 'add-an-article',
		summary: 'An image loaded from another host.',
		text: ({ shown }: { shown: string }) => externalImage(shown),
	},
	'image-path': {
		severity: 'error',
		docs: 'add-an-article',
		summary: 'An image path that is not a path from the site root.',
		text: ({ url }: { url: string }) => ({
			message: `The image "${url}" is not a path from the site root.`,
			hint: 'Put images into public/images/ and write ![description](/images/file.jpg).',
		}),
	},
	'image-missing': {
		severity: 'error',
		docs: 'add-an-article',
		summary: 'An image that is not in `public/`.',
		text: ({ url }: { url: string }) => ({
			message: `The image "${url}" does not exist.`,
			hint: `Add the file as public${url}, or correct the path.`,
		}),
	},
	'link-relative': {
		severity: 'error',
		docs: 'add-an-article',
		summary: 'A relative link (it breaks on translated pages and in leaflets).',
		text: ({ url }: { url: string }) => ({
			message: `The link "${url}" is relative.`,
			hint: 'Link to pages of the site with their full path, e.g. [Mesotherapie](/de/mesotherapie/) — relative links break on translated pages and in leaflets.',
		}),
	},
	'link-broken': {
		severity: 'error',
		docs: 'add-an-article',
		summary: 'A link to a page the site does not have.',
		text: ({ url, guess }: { url: string; guess?: string }) => ({
			message: `The link "${url}" points to no page of the site.`,
			hint: guess ? `Did you mean ${guess}?` : 'Check the language folder and the slug of the page.',
		}),
	},
	'anchor-broken': {
		severity: 'error',
		docs: 'add-an-article',
		summary: 'A link to an anchor the target page does not have.',
		text: ({ page, anchor, guess, anchors }: { page: string; anchor: string; guess?: string; anchors: readonly string[] }) => ({
			message: `The page ${page} has no anchor "#${anchor}".`,
			hint: guess
				? `Did you mean #${guess}?`
				: `Anchors on that page: ${anchors.slice(0, 12).join(', ')}${anchors.length > 12 ? ', …' : ''}.`,
		}),
	},
	// Rules across files (check-tree.ts, check-placeholders.ts)
	'unknown-language': {
		severity: 'error',
		docs: 'add-a-language',
		summary: 'An article or page in a language folder the clinic does not offer.',
		text: ({ lang, languages, area }: { lang: string; languages: readonly string[]; area: 'article' | 'page' }) => ({
			message: `The folder language "${lang}" is not offered by the clinic.`,
			hint:
				area === 'article'
					? `Add "${lang}" to \`languages\` in content/clinic.yaml (and create content/ui/${lang}.yaml), or move the file to one of: ${languages.join(', ')}.`
					: `Move the page into one of: ${languages.join(', ')}, or add "${lang}" to \`languages\` in content/clinic.yaml.`,
		}),
	},
	'unknown-physician': {
		severity: 'error',
		docs: 'the-clinic-profile',
		summary: '`reviewedBy` names no physician of the clinic profile.',
		text: ({ id, guess, known }: { id: string; guess?: string; known: readonly string[] }) => ({
			message: `\`reviewedBy\`: no physician "${id}" in content/clinic.yaml.`,
			hint: `${guess ? `Did you mean "${guess}"? ` : ''}Known ids: ${known.join(', ')}.`,
		}),
	},
	'reserved-slug': {
		severity: 'error',
		docs: 'add-an-article',
		summary: 'A slug a fixed page of the site already uses.',
		text: ({ slug }: { slug: string }) => ({
			message: `The slug "${slug}" is already used by a fixed page.`,
			hint: 'Choose another slug (set `slug:` or rename the file).',
		}),
	},
	'duplicate-slug': {
		severity: 'error',
		docs: 'add-an-article',
		summary: 'Two articles of one language with the same slug.',
		text: ({ slug, other }: { slug: string; other: string }) => ({
			message: `The slug "${slug}" is also used by ${other}.`,
			hint: 'Slugs must be unique within a language; choose another one.',
		}),
	},
	'duplicate-key': {
		severity: 'error',
		docs: 'add-an-article',
		summary: 'Two articles of one language with the same key.',
		text: ({ key, other }: { key: string; other: string }) => ({
			message: `The key "${key}" is also used by ${other}.`,
			hint: 'Each treatment exists once per language; a translation goes into another language folder.',
		}),
	},
	'review-age': {
		severity: 'warning',
		docs: 'add-an-article',
		summary: 'The last medical review is more than 12 months old.',
		text: ({ reviewed }: { reviewed: string }) => ({
			message: `The last medical review (${reviewed}) is more than 12 months old.`,
			hint: 'Have the article reviewed again and update `reviewed` (and `version`/`issued` if the text changes).',
		}),
	},
	'future-date': {
		severity: 'warning',
		docs: 'add-an-article',
		summary: '`reviewed` or `issued` lies in the future.',
		text: (_: NoParams) => ({ message: 'This date lies in the future.', hint: 'Check the year.' }),
	},
	'translation-untracked': {
		severity: 'error',
		docs: 'add-a-translation',
		summary: 'A translation that does not record the hash of its source.',
		text: ({ sourceFile, block }: { sourceFile: string; block: string }) => ({
			message: `This translation does not record which version of ${sourceFile} it was made from.`,
			hint: `Once it matches the current source, put this block into its frontmatter, in place of any \`translation\` field it has (keep the quotes):\n${block}`,
		}),
	},
	'translation-stale': {
		// A warning instead when the translation acknowledges it (`acknowledgeStale`), see check-translations.ts.
		severity: 'error',
		docs: 'add-a-translation',
		summary: 'The source changed since the translation was made (a warning with `acknowledgeStale`); names the changed parts.',
		text: ({
			sourceFile,
			changed,
			block,
			acknowledged,
		}: {
			sourceFile: string;
			/** The source's fields and sections that changed; undefined when the translation records no `sourceParts`. */
			changed: readonly string[] | undefined;
			block: string;
			acknowledged?: string;
		}) => ({
			message: `Stale translation: ${sourceFile} changed since this was translated${
				changed === undefined
					? '; which of its parts changed cannot be told, as this translation records no `sourceParts`.'
					: changed.length > 0
						? `, in: ${changed.join(', ')}.`
						: ' (its parts are as recorded, but `sourceHash` is not theirs: paste the whole block below).'
			}`,
			hint: acknowledged
				? `Published anyway because of \`acknowledgeStale\`: "${acknowledged}". Update the translation soon, then replace its \`translation\` field with:\n${block}`
				: `Update ${changed?.length ? 'these parts of ' : ''}the translation, then replace its \`translation\` field with this block (keep the quotes):\n${block}\nTo publish it unchanged for now, add \`acknowledgeStale: "<reason>"\` to \`translation\`.`,
		}),
	},
	'translation-differs': {
		severity: 'error',
		docs: 'add-a-translation',
		summary:
			"A fact of a translation that differs from its source's (risks, questions, alternatives, warning signs, preparation, after-effects, aftercare, FAQ, costs, sections), even when its hash is current.",
		text: (p: TranslationDifferenceParams): ProblemText => {
			const counted: Record<string, string> = {
				risks: 'risks',
				contraindications: 'contraindication questions',
				alternatives: 'alternatives',
				warningSigns: 'warning signs',
				preparation: 'preparation steps',
				afterEffects: 'normal after-effects',
				aftercare: 'aftercare windows',
				do: 'things to do',
				avoid: 'things to avoid',
				faq: 'FAQ entries',
			};
			// A list inside a list item (an aftercare window's `do`) names the item it belongs to.
			const within = p.item !== p.field ? ` in ${p.item}` : '';
			switch (p.kind) {
				case 'count':
					return {
						message: `This translation has ${p.translation} ${counted[p.field] ?? p.field}${within}; ${p.sourceFile} has ${p.source}.`,
						hint: `Translate each of the source's ${counted[p.field] ?? p.field}${within} once, in its order, and add none: ${(p.list ?? []).map((item, i) => `${i + 1}. ${item}`).join('; ')}.`,
					};
				case 'section-missing':
					return {
						message: `${p.sourceFile} has the ${p.item}; this translation does not.`,
						hint: `Add the section as \`## <heading in this language> {#${p.field}}\` before this heading, or correct the marker of the heading that translates it (the source's sections: ${(p.list ?? []).join(', ')}).`,
					};
				case 'section-extra':
					return {
						message: `This translation has the ${p.item}, which ${p.sourceFile} does not have.`,
						hint: `Give the heading the marker of the source's section it translates (${(p.list ?? []).join(', ')}), or remove the section.`,
					};
				case 'value': {
					// A class or action as authors write it (`frequency: common`), anything else as JSON.
					const plain = (value: string) => (/^"[a-z][a-z-]*"$/.test(value) ? value.slice(1, -1) : value);
					const [source, translation] = [plain(p.source), plain(p.translation)];
					const why: Record<string, string> = {
						frequency: "a translation must not change how often a risk occurs; keep the risks in the source's order",
						serious: 'the consent form marks serious risks in every language',
						estimate: 'whether a class is an estimate must be said in every language',
						noTreatment: "the alternatives keep the source's order, and the one that is not treating is the same",
						action: "whom the patient calls must be the same in every language; keep the signs in the source's order",
						minimumAge: 'who may consent, and whether the form has lines for the parents or the guardian, is the same in every language',
						photos: 'the photo consent and how long photos are kept are the same in every language',
						doseByWeight: "the physician's block asks for the body weight in every language or in none",
					};
					if (p.field === 'offLabel')
						return {
							message: `${p.sourceFile} ${source === 'true' ? 'declares' : 'declares no'} off-label use (\`consent.offLabel\`); this translation ${translation === 'true' ? 'does' : 'does not'}.`,
							hint: `${source === 'true' ? "Translate the source's `offLabel` text here" : 'Remove `offLabel` here, as in the source'}: the off-label declaration is printed on the consent form in every language or in none.`,
						};
					if (p.field === 'undertakings')
						return {
							message: `${p.sourceFile} lists ${source} undertakings (\`consent.undertakings\`); this translation lists ${translation}.`,
							hint: "Translate each of the source's undertakings once, in its order, and add none: the patient signs the same undertakings in every language.",
						};
					return {
						message: `${p.item} of ${p.sourceFile} has \`${p.field}: ${source}\`; here it is ${translation}.`,
						hint: `${p.field === 'noTreatment' && source === 'false' ? 'Remove `noTreatment: true` here, as in the source' : `Set \`${p.field}: ${source}\` as in the source`}: ${why[p.field] ?? 'the cost statement (BGB §630c(3)) states the same figures and flags in every language'}.`,
					};
				}
			}
		},
	},
	'translation-source-missing': {
		severity: 'error',
		docs: 'add-a-translation',
		summary: 'A translation whose `key` matches no article of the language named in `translation.from`.',
		text: ({ key, from, guess, known }: { key: string; from: string; guess?: string; known: readonly string[] }) => ({
			message: `No article in ${from} has the key "${key}", so this translation has no source.`,
			hint: guess
				? `Did you mean "${guess}"? A translation has the key of its source article.`
				: `A translation has the key of its source article; the keys in ${from}: ${known.join(', ') || 'none'}. For an article of its own, remove \`translation\`.`,
		}),
	},
	'translation-from': {
		severity: 'error',
		docs: 'add-a-translation',
		summary: "`translation.from` that is not the clinic's `sourceLanguage` (or is the article's own language).",
		text: ({
			from,
			lang,
			sourceLanguage,
			languages,
		}: {
			from: string;
			lang: string;
			sourceLanguage: string;
			languages: readonly string[];
		}) => ({
			message:
				from === lang
					? `This article is in ${lang} and says it was translated from ${from}, its own language.`
					: languages.includes(from)
						? `Translations are made from the clinic's source language, ${sourceLanguage}, not from ${from}.`
						: `"${from}" is not a language of the clinic (${languages.join(', ')}).`,
			hint:
				lang === sourceLanguage
					? `An article in the source language ${sourceLanguage} is no translation: remove its \`translation\` field.`
					: `Write \`from: ${sourceLanguage}\` (\`sourceLanguage\` in clinic.yaml): every translation is made from the article in ${sourceLanguage}.`,
		}),
	},
	'translation-version-behind': {
		severity: 'warning',
		docs: 'add-a-translation',
		summary: "A translation whose `version` is lower than its source's.",
		text: ({ version, sourceVersion, sourceFile }: { version: string; sourceVersion: string; sourceFile: string }) => ({
			message: `This translation is version ${version}; ${sourceFile} is version ${sourceVersion}.`,
			hint: `Check that the translation says what version ${sourceVersion} of the source says, then set \`version: "${sourceVersion}"\` (and \`issued\`).`,
		}),
	},
	'ui-placeholder': {
		severity: 'error',
		docs: 'add-a-language',
		summary:
			'A UI string whose `{placeholders}` differ from the names the site fills in for it, or braces that are no placeholder (`{ to }`, `{{phone}}`).',
		text: (
			p:
				| { key: string; malformed: readonly string[] }
				| { key: string; unknown: readonly string[]; missing: readonly string[]; allowed: readonly string[] },
		) => {
			if ('malformed' in p)
				return {
					message: `\`${p.key}\` has ${p.malformed.map((m) => `"${m}"`).join(', ')}, which is no placeholder and would be printed as it stands.`,
					hint: 'A placeholder is a name in single braces without spaces, e.g. {phone}; remove other braces.',
				};
			const list = (names: readonly string[]) => names.map((n) => `{${n}}`).join(', ');
			return {
				message: `\`${p.key}\` ${p.unknown.length ? `uses ${list(p.unknown)}, which the site does not fill in for this string` : ''}${p.unknown.length && p.missing.length ? ' and ' : ''}${p.missing.length ? `lacks ${list(p.missing)}` : ''}.`,
				hint: `Use exactly the placeholders the site fills in here${p.allowed.length ? `: ${list(p.allowed)}` : ' (none)'}, in any order; translate only the words around them.`,
			};
		},
	},
	// Readability (check-readability.ts)
	'readability-hard': {
		severity: 'warning',
		docs: 'readability',
		summary: "An article harder to read than the clinic's thresholds for its language; names its hardest sentences with their lines.",
		text: ({
			lang,
			scores,
			hardest,
		}: {
			lang: string;
			scores: readonly string[];
			hardest: readonly { line: number; column: number; field?: string; words: number; start: string }[];
		}) => ({
			message: `Harder to read than the thresholds for ${lang}: ${scores.join('; ')}. Hardest sentences: ${hardest.map((h) => `line ${h.line}:${h.column}${h.field ? ` (${h.field})` : ''} "${h.start}" (${h.words} words)`).join(', ')}.`,
			hint: 'A patient must understand this text to consent: split these sentences (one statement each, about 15 words), prefer short everyday words to long compounds and terms, explain a term the first time it is needed. Keep the medical content. The thresholds are `readability` in content/clinic.yaml.',
		}),
	},
	// Languages complete before they are published (check-languages.ts)
	'language-text-missing': {
		severity: 'error',
		docs: 'add-a-language',
		summary:
			"A per-language text of the clinic profile (a physician's `title` or `specialty`, `legal.professionalTitle`, `legal.grantedIn`) lacks one of the clinic's languages.",
		text: ({ field, owner, lang, example }: { field: string; owner?: string; lang: string; example?: string }) => ({
			message: `\`${field}\`${owner ? ` (${owner})` : ''} has no text in "${lang}".`,
			hint: `Add \`${lang}: …\` under \`${field.split('.').at(-1)}\`${example ? ` (translate "${example}")` : ''}: every language in \`languages\` needs it, and the site prints it without falling back to another language.`,
		}),
	},
	'language-text-unknown': {
		severity: 'error',
		docs: 'add-a-language',
		summary: "A per-language text of the clinic profile under a key that is not one of the clinic's languages (a typo such as `ukr`).",
		text: ({ field, key, guess, languages }: { field: string; key: string; guess?: string; languages: readonly string[] }) => ({
			message: `\`${field}\` has a text for "${key}", which is not one of the clinic's languages.`,
			hint: `${guess ? `Did you mean "${guess}"? ` : ''}Use a language of \`languages\` (${languages.join(', ')}), or add "${key}" there.`,
		}),
	},
	'privacy-page-missing': {
		severity: 'error',
		docs: 'add-a-language',
		summary: 'A language of the clinic without its privacy page (`content/pages/<lang>/privacy.mdx`).',
		text: ({ lang, file }: { lang: string; file: string }) => ({
			message: `The language "${lang}" has no privacy page.`,
			hint: `Create ${file} (copy another language's privacy page and translate it): each language needs its own, linked from the footer of its pages.`,
		}),
	},
	'responsible-physician-unknown': {
		severity: 'error',
		docs: 'the-clinic-profile',
		summary: '`legal.responsiblePhysician` names no physician of the clinic profile.',
		text: ({ id, guess, known }: { id: string; guess?: string; known: readonly string[] }) => ({
			message: `\`legal.responsiblePhysician\`: no physician "${id}" in \`physicians\`; the Impressum would name nobody.`,
			hint: `${guess ? `Did you mean "${guess}"? ` : ''}Known ids: ${known.join(', ')}.`,
		}),
	},
	'source-language-unknown': {
		severity: 'error',
		docs: 'the-clinic-profile',
		summary: "`sourceLanguage` is not one of the clinic's `languages`.",
		text: ({ lang, languages }: { lang: string; languages: readonly string[] }) => ({
			message: `\`sourceLanguage\` "${lang}" is not one of the clinic's languages, so no translation has a source to be checked against.`,
			hint: `Write one of: ${languages.join(', ')} (the language the articles are written in first), or add "${lang}" to \`languages\`.`,
		}),
	},
	'language-untranslated': {
		severity: 'warning',
		docs: 'add-a-language',
		summary:
			"A language of the clinic that would ship untranslated: no article at all, or its UI strings, privacy page or the clinic profile's texts copied from another language.",
		text: ({
			lang,
			what,
			like,
			share,
			fields,
		}: {
			lang: string;
			what: 'articles' | 'ui' | 'privacy' | 'profile';
			like: string;
			share?: number;
			fields?: readonly string[];
		}) => {
			const percent = `${Math.round((share ?? 1) * 100)} %`;
			switch (what) {
				case 'articles':
					return {
						message: `The language "${lang}" has no article.`,
						hint: `Translate at least one article of "${like}" into content/articles/${lang}/ (see "Add a translation") before publishing the language; its pages would otherwise list no treatment.`,
					};
				case 'ui':
					return {
						message: `The UI strings of "${lang}" are the same as those of "${like}" (${percent} of the texts).`,
						hint: `Translate the strings of this file; a copy of content/ui/${like}.yaml would show the site and the leaflets in "${like}" under "${lang}".`,
					};
				case 'privacy':
					return {
						message: `The privacy page of "${lang}" is the same text as that of "${like}".`,
						hint: `Translate this page; it is published as the "${lang}" privacy page.`,
					};
				case 'profile':
					return {
						message: `The clinic profile's "${lang}" texts are the same as the "${like}" texts (${percent}): ${(fields ?? []).map((f) => `\`${f}\``).join(', ')}.`,
						hint: `Translate the \`${lang}:\` texts of these fields; keep one the same only where the language really writes it so.`,
					};
			}
		},
	},
	// Advertising law (src/content/advertising/): the terms of each language are in its rule table there.
	// Severities follow what the law forbids outright (HWG §3, §11(1) S. 3 No. 1, MBO-Ä §27(3)) and what it
	// forbids only in a context a check cannot judge (a price, a patient's statement): those warn.
	'advertising-promise': {
		// HWG §3 forbids the impression of certain success or of no harmful effects outright: an error.
		severity: 'error',
		docs: 'advertising-law',
		summary:
			'A promise of success or safety ("garantiert", "risk-free", "painless", "without side effects", "100 %", "permanent result"); a term its table marks as ambiguous is a warning that says why.',
		text: (p: AdvertisingFindingParams) =>
			advertisingText(
				p,
				'promises success or safety: HWG §3 treats as misleading, and so forbids, advertising that falsely gives the impression that success can be expected with certainty or that no harmful effects occur',
				'Say what can realistically be expected and what can go wrong, in conservative words (e.g. "most people feel a short sting"); a negation ("not painless") is no finding',
			),
	},
	'advertising-superlative': {
		// MBO-Ä §27(3) forbids boastful and comparative advertising by physicians: an error.
		severity: 'error',
		docs: 'advertising-law',
		summary: 'A superlative or a comparison with other practitioners ("the best", "unique", "leading").',
		text: (p: AdvertisingFindingParams) =>
			advertisingText(
				p,
				"boasts or compares with other practitioners: §27(3) of the physicians' model professional code (MBO-Ä) forbids boastful, misleading and comparative advertising",
				'Describe the treatment and its limits factually, without ranking the practice or comparing it with others',
			),
	},
	'advertising-price-lure': {
		// Prices must be stated (BGB §630c(3)); only the lure is unlawful, which the words alone do not tell: a warning.
		severity: 'warning',
		docs: 'advertising-law',
		summary: 'A price lure ("only 99 €", "offer", "discount", "free consultation").',
		text: (p: AdvertisingFindingParams) =>
			advertisingText(
				p,
				'reads as a price lure: a price or a free service used to advertise a treatment is boastful advertising (MBO-Ä §27(3)), and free services offered as an incentive are gifts HWG §7 restricts',
				'State the expected costs plainly (the cost estimate in text form, BGB §630c(3)) without "only", offers, discounts or free services as an incentive',
			),
	},
	'advertising-testimonial': {
		// HWG §11(1) S. 1 No. 11 forbids statements of third parties when abusive, repulsive or misleading, which the words alone do not tell: a warning.
		severity: 'warning',
		docs: 'advertising-law',
		summary: 'A patient testimonial: a quoted first-person statement, "says one patient", a star rating.',
		text: (p: AdvertisingFindingParams) =>
			advertisingText(
				p,
				"quotes or reports a patient's statement: HWG §11(1) sentence 1 No. 11 forbids advertising with statements of third parties (thanks, recognition, recommendation) made in an abusive, repulsive or misleading way, and one patient's result suggests it to every reader",
				"Describe what patients usually experience in the clinic's own, factual words, without quotes, names or ratings",
			),
	},
	'advertising-before-after': {
		// HWG §11(1) S. 3 No. 1 forbids before/after pictures of medically unnecessary aesthetic procedures outright: an error.
		severity: 'error',
		docs: 'advertising-law',
		summary:
			'A before/after picture in an article about an aesthetic treatment (`aesthetic`); a gallery named there, or such a picture on a free page, is a warning.',
		text: (p: AdvertisingFindingParams) =>
			advertisingText(
				p,
				'shows a picture before or after the treatment in an article about an aesthetic treatment: HWG §11(1) sentence 3 No. 1 forbids advertising medically unnecessary aesthetic procedures with pictures of the body before and after them (applied by the Federal Court of Justice to hyaluronic filler in 2025)',
				'Remove the picture; show the treatment (a diagram, the room, the instruments) instead of its result on a patient',
			),
	},
	'advertising-ack-invalid': {
		severity: 'error',
		docs: 'advertising-law',
		summary: 'An `advertising-ok` acknowledgement without a reason, or naming no advertising rule.',
		text: ({ written, problem }: { written: string; problem: 'no-reason' | 'unknown-rule'; rules?: readonly string[] }) => ({
			message: `The acknowledgement "${written}" ${problem === 'no-reason' ? 'gives no reason' : 'names no advertising rule'}.`,
			hint: 'Write it as advertising-ok: <rule> "<reason>", e.g. <!-- advertising-ok: advertising-promise "quoted from the S3 guideline" --> (in YAML: # advertising-ok: …), with one of: advertising-promise, advertising-superlative, advertising-price-lure, advertising-testimonial, advertising-before-after.',
		}),
	},
	'advertising-ack-unused': {
		severity: 'error',
		docs: 'advertising-law',
		summary: 'An `advertising-ok` acknowledgement that matches no finding at its place (it would hide text written later).',
		text: ({ rule }: { rule: string }) => ({
			message: `This acknowledgement of ${rule} matches no finding in the text it stands at.`,
			hint: 'Remove it: the text was reworded, or the acknowledgement stands at the wrong place (in markdown directly before the paragraph, list or table, or inside the paragraph; in YAML on the line of the field or the line above it).',
		}),
	},
	'advertising-rules-missing': {
		// Not an error: a clinic adding a language should not need a programmer before it can publish, but the
		// build says on every run that the language goes unchecked, and `--strict` fails on it.
		severity: 'warning',
		docs: 'advertising-law',
		summary: 'A language of the clinic without an advertising rule table: its articles are not checked for advertising law.',
		text: ({ lang, known }: { lang: string; known: readonly string[] }) => ({
			message: `Articles in "${lang}" are not checked for wording advertising law forbids: there is no advertising rule table for "${lang}".`,
			hint: `Until there is, have every text in "${lang}" checked by hand for promises, superlatives, price lures, testimonials and before/after pictures. A table is added as src/content/advertising/rules/${lang}.ts (like ${known.join(', ')}: terms, negations, first-person and before/after words), listed in rule-tables.ts, with tests.`,
		}),
	},
	// Free pages (check-page.ts, check-content.ts)
	'page-name': {
		severity: 'error',
		docs: 'add-a-language',
		summary: 'A page whose file name and `page:` field differ.',
		text: ({ name, page, extension }: { name: string; page: string; extension: string }) => ({
			message: `The file is called "${name}" but says \`page: ${page}\`.`,
			hint: `Name the file ${page}${extension} (one file per page and language).`,
		}),
	},
	'page-duplicate': {
		severity: 'error',
		docs: 'add-a-language',
		summary: 'A page that exists as both `.md` and `.mdx`.',
		text: ({ other }: { other: string }) => ({
			message: `This page exists twice: also as ${other}.`,
			hint: 'Keep one of the two files (.md or .mdx) and delete the other.',
		}),
	},
	'mdx-syntax': {
		severity: 'error',
		docs: 'add-a-language',
		summary: 'A page that cannot be read as MDX.',
		text: ({ detail, hint }: { detail: string; hint: string }) => ({ message: `This page cannot be read as MDX: ${detail}`, hint }),
	},
	'page-jsx': {
		severity: 'error',
		docs: 'add-a-language',
		summary: 'A JSX element or fragment in a page.',
		text: ({ name, hint }: { name?: string; hint: string }) => ({
			message: name ? `The element <${name}> is not allowed in a page.` : 'A JSX fragment (<>…</>) is not allowed in a page.',
			hint,
		}),
	},
	'page-expression': {
		severity: 'error',
		docs: 'add-a-language',
		summary: 'An `{expression}` in a page (code run at build time).',
		text: ({ code, hint }: { code: string; hint: string }) => ({
			message: `The expression {${code}} is not allowed in a page: it is code, run when the site is built.`,
			hint,
		}),
	},
	'page-esm': {
		severity: 'error',
		docs: 'add-a-language',
		summary: '`import` or `export` in a page.',
		text: ({ hint }: { hint: string }) => ({
			message: '`import` and `export` are not allowed in a page: they run code when the site is built.',
			hint,
		}),
	},
	// The register of issued leaflet versions (check-register.ts)
	'register-text-changed': {
		severity: 'error',
		docs: 'releasing-a-leaflet-version',
		summary: "A leaflet's text differs from the text the register recorded for its id and version.",
		// The new hash is not printed: it is no value to paste into the register (that would release an unreviewed text).
		text: (p: { id: string; version: string; released: string; recorded: string; file: string; line: number }) => ({
			message: `The text of ${p.id} changed since version ${p.version} was released on ${p.released} (${p.file}:${p.line} records the text that was released).`,
			hint: 'Raise `version` and `issued`, then `npm run release` after review. A version names exactly one text; the register is never edited.',
		}),
	},
	'register-issued-changed': {
		severity: 'error',
		docs: 'releasing-a-leaflet-version',
		summary: '`issued` differs from the issue date the register recorded for this version.',
		text: (p: { id: string; version: string; recorded: string; file: string; line: number }) => ({
			message: `${p.id} version ${p.version} was released with the issue date ${p.recorded} (${p.file}:${p.line}).`,
			hint: `Set \`issued: ${p.recorded}\` back, or raise \`version\` for a new issue and run \`npm run release\` after review.`,
		}),
	},
	'leaflet-draft': {
		severity: 'warning',
		docs: 'releasing-a-leaflet-version',
		summary: 'A leaflet version the register does not list yet: a draft, marked so on every page.',
		text: ({ version, ids }: { version: string; ids: readonly string[] }) => ({
			message: `Version ${version} is not released yet: ${ids.join(', ')} ${ids.length === 1 ? 'is a draft' : 'are drafts'}, marked "draft" on every page.`,
			hint: 'Do not hand drafts to patients. After the medical review, record them with `npm run release -- --by <physician-id>`.',
		}),
	},
	'register-duplicate': {
		severity: 'error',
		docs: 'releasing-a-leaflet-version',
		summary: 'Two register entries for the same leaflet and version.',
		text: ({ id, version, line }: { id: string; version: string; line: number }) => ({
			message: `${id} version ${version} is already in the register (line ${line}).`,
			hint: 'A version is released once: remove this entry if it was added by hand (the register is written by `npm run release`).',
		}),
	},
	'register-unknown-physician': {
		severity: 'error',
		docs: 'releasing-a-leaflet-version',
		summary: '`releasedBy` names no physician of the clinic profile.',
		text: ({ id, guess, known }: { id: string; guess?: string; known: readonly string[] }) => ({
			message: `\`releasedBy\`: no physician "${id}" in content/clinic.yaml.`,
			hint: `${guess ? `Did you mean "${guess}"? ` : ''}Known ids: ${known.join(', ')}. Releases are recorded with \`npm run release -- --by <physician-id>\`.`,
		}),
	},
	'register-seal-mismatch': {
		severity: 'error',
		docs: 'releasing-a-leaflet-version',
		summary: 'A register entry was changed, moved, or an entry before it removed (its `seal` does not match).',
		text: ({ id, version }: { id: string; version: string }) => ({
			message: `The entry ${id} version ${version} does not match its seal: it was edited, moved, or an entry before it was removed.`,
			hint: 'The register only grows: undo the edit with `git checkout content/leaflet-register.yaml`. A changed text gets a new `version` and `issued`, recorded with `npm run release` after review.',
		}),
	},
	'register-version-not-higher': {
		severity: 'error',
		docs: 'releasing-a-leaflet-version',
		summary: "A leaflet's new version is not higher than a version of it the register has (or is the same number written otherwise).",
		text: (p: { ids: readonly string[]; version: string; released: string; file: string; line: number }) => ({
			message: `Version ${p.version} is not higher than version ${p.released} in the register (${p.file}:${p.line}) of ${p.ids.join(', ')}.`,
			hint: `Versions only go up, and each is written one way: give the new text a version above ${p.released}, then \`npm run release\` after review.`,
		}),
	},
	// Leaflets (render-leaflets.ts): the problem's file is the leaflet id. `retry` says whether rendering
	// the leaflet again may help: problems of the content or the build do not go away on a retry.
	'leaflet-view-missing': {
		severity: 'error',
		docs: 'leaflets',
		retry: false,
		summary: 'The site build has no print view for a leaflet.',
		text: ({ view, status }: { view: string; status: string }) => ({
			message: `Leaflet requested its print view ${view}, which the build does not have (status ${status}). Run the site build first.`,
			hint: 'Build the site first (npm run build, or npm run build:site before npm run leaflets).',
		}),
	},
	'leaflet-request-blocked': {
		severity: 'error',
		docs: 'leaflets',
		retry: false,
		summary: 'A print view requested a file outside the build or one the build does not have.',
		text: ({ requests }: { requests: readonly string[] }) => ({
			message: `Leaflet requested files that may not be loaded:\n  ${requests.join('\n  ')}`,
			hint: 'A leaflet may load only files of the build: remove the reference, or add the file to public/.',
		}),
	},
	'leaflet-lost-text': {
		severity: 'error',
		docs: 'leaflets',
		retry: false,
		summary: 'A printed leaflet lacks a risk, question, warning sign or signature label its content holds.',
		text: ({ missing }: { missing: readonly string[] }) => ({
			message: `The PDF lacks text its content holds (hidden or cut off by the print view's CSS or layout?): ${missing.join('; ')}.`,
			hint: 'Look at the print view in the browser: a stylesheet or the layout hides or cuts off this text.',
		}),
	},
	'manifest-damaged': {
		severity: 'warning',
		docs: 'leaflets',
		summary: "The last build's `leaflets.json` is damaged: nothing is reused, every leaflet is rendered again.",
		text: ({ detail, file }: { detail: string; file: string }) => ({
			message: `${detail}.`,
			hint: `The previous build's leaflets are not reused; every leaflet is rendered again, and a new ${file} is written.`,
		}),
	},
	'leaflet-render-failed': {
		severity: 'error',
		docs: 'leaflets',
		retry: true,
		summary: 'Chromium failed while rendering a leaflet (crash, timeout); it is retried once on a fresh page.',
		text: ({ error }: { error: string }) => ({
			message: error,
			hint: 'Run the build again; if it fails the same way, render the one leaflet with npm run leaflets -- --article … to see its error.',
		}),
	},
} as const satisfies Record<
	string,
	{ severity: 'error' | 'warning'; docs: string; summary: string; retry?: boolean; text: (params: never) => ProblemText }
>;

export type RuleId = keyof typeof problemCatalogue;

/** The parameters a rule's message and hint are built from. */
export type RuleParams<R extends RuleId> = Parameters<(typeof problemCatalogue)[R]['text']>[0];

/** Whether rendering again may cure a problem of this rule (only render failures of the browser itself). */
export function retryMayHelp(ruleId: RuleId): boolean {
	const rule = problemCatalogue[ruleId];
	return 'retry' in rule && rule.retry;
}
