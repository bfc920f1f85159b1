/**
 * The author components as the presentation pages render them (same names as user-components):
 * quizzes become question slides, glossary terms plain emphasis, slide-break markers visible to
 * the splitter, trainer notes absent on the audience screen and present in the presenter view.
 */
import CompanyPolicy from '../../user-components/CompanyPolicy.astro';
import Example from '../../user-components/Example.astro';
import Nothing from './Nothing.astro';
import NoSlideBreakMarker from './NoSlideBreakMarker.astro';
import QuizSlides from './QuizSlides.astro';
import SlideBreakMarker from './SlideBreakMarker.astro';
import TermPlain from './TermPlain.astro';
import TrainerNoteForPresenter from './TrainerNoteForPresenter.astro';

const shared = {
	CompanyPolicy,
	Example,
	NoSlideBreak: NoSlideBreakMarker,
	Quiz: QuizSlides,
	SelfAssessment: Nothing,
	SlideBreak: SlideBreakMarker,
	Term: TermPlain,
	WorkbenchLink: Nothing,
};

export const audienceComponents = { ...shared, TrainerNote: Nothing };
export const presenterComponents = { ...shared, TrainerNote: TrainerNoteForPresenter };
