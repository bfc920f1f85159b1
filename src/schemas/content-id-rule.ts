/**
 * The one rule for content ids (a file name under content/, e.g. `beziehungsqualitaet`), shared by
 * the Zod schema the build checks content with (common.ts) and the Valibot schema the browser checks
 * ids from links and files with (stored/content-id.ts): lower-case letters, digits and single
 * hyphens, at most 120 characters, and never a name every object inherits (reserved-keys.ts).
 */
export const CONTENT_ID_PATTERN = /^(?=.{1,120}$)[a-z0-9]+(?:-[a-z0-9]+)*$/;
