import { isAbsolute, relative, sep } from 'node:path';

/** `child` is `parent` or inside it, compared by path segments: `/a/bc` is not inside `/a/b`. */
export function inside(child: string, parent: string): boolean {
	const path = relative(parent, child);
	return path === '' || (!isAbsolute(path) && path !== '..' && !path.startsWith(`..${sep}`));
}
