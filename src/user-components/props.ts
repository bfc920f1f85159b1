import { z } from 'astro/zod';
import { ContentIdSchema } from '../schemas/common';

/** Props authors pass in MDX are validated like frontmatter: a typo fails the build with a clear message. */
export const IdPropsSchema = z.object({ id: ContentIdSchema });

export function parseProps<T>(schema: z.ZodType<T>, props: unknown, component: string): T {
	const result = schema.safeParse(props);
	if (!result.success) {
		const detail = result.error.issues
			.map((issue) => `${issue.path.join('.') || 'props'}: ${issue.message}`)
			.join('; ');
		throw new Error(`<${component}>: ungültige Attribute – ${detail}`);
	}
	return result.data;
}
