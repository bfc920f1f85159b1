import type { Messages } from '../../i18n';
import type { WorkbenchCustomer } from '../../schemas/stored/workbench';

/** What the workbench page loads (/werkstatt/daten.json): its strings and the addresses it links to. */
export interface WorkbenchData {
	messages: Messages;
	links: {
		/** Blank worksheets (printable materials) per tool. */
		blank: Partial<Record<ToolId, string>>;
		/** The self-assessment whose profile the tool "Selbstbild und Verhalten" reads. */
		assessment: string;
		roleplays: string;
		/** Modules whose teaching a tool applies, for "Im Modul nachlesen". */
		modules: Partial<Record<ToolId, { title: string; href: string }>>;
	};
	/** Role-play titles by id, for naming the runs a comparison rests on. */
	roleplays: { id: string; title: string }[];
}

export type ToolId =
	'portfolio' | 'landkarte' | 'qualitaet' | 'strategie' | 'massnahmen' | 'selbstbild';

/** A customer as a tool edits it: the store stamps `updatedAt` on save. */
export type CustomerDraft = Omit<WorkbenchCustomer, 'updatedAt'>;

/** What every tool that works on one customer receives. */
export interface CustomerToolProps {
	customerId: string;
	customer: WorkbenchCustomer;
	/** Saves the whole customer; the caller validates it against the schema first. */
	save: (next: CustomerDraft) => void;
	/** A fresh id for a new person, committee, contact, rating or action. */
	newId: () => string;
	/** Today as YYYY-MM-DD in the learner's time zone. */
	today: string;
}
