import lunr from 'lunr';
import { FIELD_BOOSTS } from '../../../src/build/search/build-index';
import { germanAnalysis } from '../../../src/build/search/german-lunr';
import type { SearchDocument } from '../../../src/schemas/search-index';

/**
 * lunr itself, as the reference our compact index must equal: a lunr builder with the German
 * pipeline that analyses each document's raw fields (refs are document positions).
 */
export function referenceBuilder(documents: SearchDocument[]): lunr.Builder {
	const builder = new lunr.Builder();
	builder.use(germanAnalysis);
	builder.ref('ref');
	for (const [field, boost] of Object.entries(FIELD_BOOSTS)) builder.field(field, { boost });
	builder.metadataWhitelist = [];
	documents.forEach((document, ref) => builder.add({ ref: String(ref), ...document.fields }));
	return builder;
}

/** What `lunr.Builder` keeps after `add` (lunr 2.3; missing from @types/lunr). */
export interface BuilderCounts {
	/** By field ref ("<field>/<document ref>"): term → frequency. */
	fieldTermFrequencies: Record<string, Record<string, number>>;
	fieldLengths: Record<string, number>;
}
