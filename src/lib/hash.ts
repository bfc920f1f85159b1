/**
 * FNV-1a, 32 bit, over the text's UTF-16 code units: small and enough to notice damage (not
 * tampering). The one hash of short texts the site uses: the checksum of an assignment link
 * (assignments/link.ts) and a read section's key in SCORM suspend data (scorm/suspend-data.ts).
 * Changing it would break links already sent and suspend data already stored.
 */
export function fnv1a(text: string): number {
	let hash = 0x811c9dc5;
	for (let i = 0; i < text.length; i++)
		hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
	return hash;
}
