/**
 * Components authors may use in module MDX without importing them.
 * The module page passes this map to `<Content components={…} />`.
 */
import Example from './Example.astro';
import Quiz from './Quiz.astro';
import SelfAssessment from './SelfAssessment.astro';
import Term from './Term.astro';

export const authorComponents = { Example, Quiz, SelfAssessment, Term };
