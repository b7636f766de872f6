/** A problem in authored content, with the place an author can find it; the shape is the catalogue's (src/problems/). */
export type { Problem as ContentProblem, Place, Point } from '../problems/problem.ts';
export { createProblem } from '../problems/problem.ts';
