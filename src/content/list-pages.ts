import { listContentFiles } from './list-content-files.ts';

/** Page files under `<dir>/pages/<lang>/*.{md,mdx}`, sorted, as paths. */
export const listPageFiles = (dir: string): string[] => listContentFiles(dir, 'pages', ['.md', '.mdx']);
