/**
 * Version of the search files' shape (see search-index.ts). Its own module without Zod, so the
 * browser's search code can compare it without bundling the schema library.
 */
export const SEARCH_INDEX_VERSION = 2;
