import type { Messages } from '../../i18n';
import type { ModuleMeta } from '../../lib/progress/completion';
import type { PathMeta } from '../../lib/progress/path-completion';
import type { Assessment } from '../../schemas/assessment';

/** The course structure the learner's islands read (served as /lernstand/kurs.json). */
export interface DashboardData {
	paths: PathMeta[];
	/** Every module once, at the address where it lives. */
	modules: ModuleMeta[];
	quizzes: {
		id: string;
		title: string;
		passMark: number;
		moduleTitle: string;
		moduleHref: string;
	}[];
	assessments: { id: string; assessment: Assessment; href?: string }[];
	roleplays: { id: string; title: string; href: string }[];
	links: { dashboard: string; record: string; workbench: string };
	/** The provider's settings (content/site.yaml) that a completion record names. */
	issuer: { platform: string; course: string; provider: string };
	messages: Messages;
}
