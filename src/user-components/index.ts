/**
 * Components authors may use in module MDX without importing them.
 * The module page passes this map to `<Content components={…} />`; the presentation pages pass
 * their own variant (components/presentation/components.ts) with the same names.
 */
import CompanyPolicy from './CompanyPolicy.astro';
import Example from './Example.astro';
import NoSlideBreak from './NoSlideBreak.astro';
import Quiz from './Quiz.astro';
import SelfAssessment from './SelfAssessment.astro';
import SlideBreak from './SlideBreak.astro';
import Term from './Term.astro';
import TrainerNote from './TrainerNote.astro';
import WorkbenchLink from './WorkbenchLink.astro';

export const authorComponents = {
	CompanyPolicy,
	Example,
	NoSlideBreak,
	Quiz,
	SelfAssessment,
	SlideBreak,
	Term,
	TrainerNote,
	WorkbenchLink,
};
