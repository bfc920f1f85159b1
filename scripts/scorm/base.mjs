/**
 * The base path of the SCORM build. Every internal address of that build starts with it, which
 * makes them easy to find and rewrite into addresses relative to each file (relativize.mjs):
 * an LMS serves a package from a folder of its own choosing, so root-absolute URLs would break.
 */
export const SCORM_BASE = '/__bzw_base__';
