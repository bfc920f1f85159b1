import { TRUST_REVISION } from './state';

/**
 * A 53-bit checksum of a text (cyrb53, public domain): tells whether stored progress is exactly the
 * text this site wrote. It detects damage and edits, not attacks: nothing but this origin's own
 * scripts can write its storage, and the CSP keeps foreign scripts out.
 */
export function checksum(text: string): string {
	let h1 = 0xdeadbeef;
	let h2 = 0x41c6ce57;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		h1 = Math.imul(h1 ^ code, 2654435761);
		h2 = Math.imul(h2 ^ code, 1597334677);
	}
	h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
	h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
	return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/** The checksum the store keeps beside stored progress: of the text, salted with TRUST_REVISION. */
export function progressChecksum(text: string): string {
	return checksum(`${TRUST_REVISION}\n${text}`);
}
