import { cpSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, parseDocument, stringify } from 'yaml';
import { createArticle } from '../content/article-model.ts';
import { parseArticle } from '../content/parse-article.ts';
import type { TranslatableHash } from '../content/source-parts.ts';
import { splitFrontmatter } from '../content/split-frontmatter.ts';

export interface GenerateOptions {
	/** The real content tree whose articles serve as templates. */
	from: string;
	to: string;
	articles: number;
	languages: number;
}

/**
 * A synthetic but realistic content tree in the real authoring format: `articles` treatments, each in
 * `languages` languages, made from the real articles (full length, all leaflet data) with their own keys,
 * slugs and titles. Languages beyond those with UI strings reuse the English strings under made-up codes.
 */
export function generateContent(options: GenerateOptions): { languages: string[] } {
	const clinic = parse(readFileSync(join(options.from, 'clinic.yaml'), 'utf8')) as Record<string, unknown> & {
		languages: string[];
		sourceLanguage: string;
		physicians: { title: Record<string, string>; specialty: Record<string, string> }[];
		legal: Record<string, Record<string, string>>;
	};
	const source = clinic.sourceLanguage;
	const real = [source, ...clinic.languages.filter((l) => l !== source)];
	const synthetic = ['xa', 'xb', 'xc', 'xd', 'xe', 'xf'];
	const languages = [...real, ...synthetic].slice(0, options.languages);
	const textLang = (lang: string) => (real.includes(lang) ? lang : 'en');

	mkdirSync(join(options.to, 'ui'), { recursive: true });
	for (const lang of languages) {
		const ui = parse(readFileSync(join(options.from, 'ui', `${textLang(lang)}.yaml`), 'utf8')) as Record<string, unknown>;
		if (!real.includes(lang)) ui.languageName = `Test ${lang.toUpperCase()}`;
		writeFileSync(join(options.to, 'ui', `${lang}.yaml`), stringify(ui));
	}
	const perLang = (values: Record<string, string>) => Object.fromEntries(languages.map((l) => [l, values[textLang(l)] ?? values[source]!]));
	for (const p of clinic.physicians) {
		p.title = perLang(p.title);
		p.specialty = perLang(p.specialty);
	}
	clinic.legal.professionalTitle = perLang(clinic.legal.professionalTitle!);
	clinic.legal.grantedIn = perLang(clinic.legal.grantedIn!);
	clinic.languages = languages;
	writeFileSync(join(options.to, 'clinic.yaml'), stringify(clinic));
	for (const lang of languages) {
		const page = join(options.from, 'pages', textLang(lang), 'privacy.mdx');
		mkdirSync(join(options.to, 'pages', lang), { recursive: true });
		cpSync(page, join(options.to, 'pages', lang, 'privacy.mdx'));
	}

	const templates = readdirSync(join(options.from, 'articles', source))
		.filter((f) => f.endsWith('.md'))
		.sort();
	const read = (lang: string, file: string) => splitFrontmatter(readFileSync(join(options.from, 'articles', lang, file), 'utf8'))!;
	for (let i = 0; i < options.articles; i++) {
		const templateFile = templates[i % templates.length]!;
		const sourceFile = read(source, templateFile);
		const key = (parse(sourceFile.yaml) as { key: string }).key;
		let translated: TranslatableHash | undefined;
		for (const lang of languages) {
			const file = lang === source ? sourceFile : (readTranslation(options.from, textLang(lang), key) ?? sourceFile);
			// Edited as a YAML document, not re-serialised from data: its comments (`# advertising-ok: …`
			// acknowledgements of the advertising check) stay at their fields.
			const doc = parseDocument(file.yaml);
			const data = doc.toJS() as { title: string; slug?: string };
			const slug = `${data.slug ?? templateFile.replace(/\.md$/, '')}-${i + 1}`;
			doc.set('key', `${key}-${i + 1}`);
			doc.set('slug', slug);
			doc.set('title', `${data.title} (${i + 1})`.slice(0, 89));
			if (lang === source) doc.delete('translation');
			else doc.set('translation', { from: source, sourceHash: translated!.hash, sourceParts: translated!.parts });
			const text = `---\n${doc.toString()}---\n${file.body}`;
			mkdirSync(join(options.to, 'articles', lang), { recursive: true });
			writeFileSync(join(options.to, 'articles', lang, `${slug}.md`), text);
			if (lang === source) translated = translatableOf(text, `${lang}/${slug}.md`);
		}
	}
	return { languages };
}

/** What a translation of this source records (the same hash the check computes from the source's parts). */
function translatableOf(text: string, file: string): TranslatableHash {
	const parsed = parseArticle(text, file);
	if (!parsed.data) throw new Error(`generated article ${file} is invalid: ${parsed.problems.map((p) => p.message).join('; ')}`);
	return createArticle({ id: parsed.id, data: parsed.data, body: parsed.body, source: text, file, bodyLineOffset: parsed.bodyLineOffset })
		.article.translatable;
}

function readTranslation(from: string, lang: string, key: string) {
	for (const file of readdirSync(join(from, 'articles', lang))) {
		const split = splitFrontmatter(readFileSync(join(from, 'articles', lang, file), 'utf8'));
		if (split && (parse(split.yaml) as { key: string }).key === key) return split;
	}
	return undefined;
}
