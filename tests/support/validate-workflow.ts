import { convertWorkflowTemplate, NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser';

export type WorkflowProblem = { message: string; line?: number; column?: number };

/**
 * Checks a GitHub Actions workflow with GitHub's own parser (@actions/workflow-parser, the one behind the
 * Actions language server): YAML, the workflow schema it ships, expressions, and the job graph. Runs
 * offline; returns every problem, with its line where the parser knows it.
 */
export async function validateWorkflow(name: string, content: string): Promise<WorkflowProblem[]> {
	const parsed = parseWorkflow({ name, content }, new NoOperationTraceWriter());
	// The conversion checks what the schema cannot (e.g. `needs` naming a job that does not exist); it
	// records its problems in the same context.
	if (parsed.value && parsed.context.errors.count === 0) await convertWorkflowTemplate(parsed.context, parsed.value);
	return parsed.context.errors.getErrors().map((error) => ({
		message: error.message,
		...(error.range ? { line: error.range.start.line, column: error.range.start.column } : {}),
	}));
}
