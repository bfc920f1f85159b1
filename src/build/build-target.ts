/**
 * Which build this is. `npm run build` builds the site, then builds it once more with
 * `BZW_SCORM=1` as the content of the SCORM packages (scripts/scorm/build-packages.mjs): that
 * build adds the LMS runner pages and leaves out what has no place inside an LMS (HR pages,
 * assignment links). Read at build time only, never in the browser.
 */
export const SCORM_BUILD = process.env.BZW_SCORM === '1';

/**
 * In the SCORM build, the learning path this package is for (`BZW_SCORM_PATH`): the course is then
 * cut down to that path (build/content/course-of-path.ts), so a package holds what its path needs.
 */
export const SCORM_PATH = SCORM_BUILD ? process.env.BZW_SCORM_PATH || undefined : undefined;
