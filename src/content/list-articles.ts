import { listContentFiles } from './list-content-files.ts';

/** Article files under `<dir>/articles/<lang>/*.md`, sorted, as paths. */
export const listArticleFiles = (dir: string): string[] => listContentFiles(dir, 'articles', ['.md']);
