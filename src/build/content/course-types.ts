import type { CollectionEntry } from 'astro:content';

/** The course: every collection, loaded and checked once (course.ts). */
export type ModuleEntry = CollectionEntry<'modules'>;
export type PathEntry = CollectionEntry<'paths'>;

export interface Course {
	modules: ModuleEntry[];
	paths: PathEntry[];
	quizzes: CollectionEntry<'quizzes'>[];
	assessments: CollectionEntry<'assessments'>[];
	glossary: CollectionEntry<'glossary'>[];
	roleplays: CollectionEntry<'roleplays'>[];
}
