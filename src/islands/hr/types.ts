import type { Messages } from '../../i18n';

/** The course as the HR pages need it (served as /hr/kurs.json). */
export interface HrData {
	paths: { id: string; title: string; duration: number; moduleIds: string[] }[];
	modules: { id: string; title: string; duration: number }[];
	/** The learner's assignment page; links are made absolute from the page's own address. */
	links: { accept: string };
	messages: Messages;
}
