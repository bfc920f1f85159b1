/**
 * A certificate's verification code: derived from what the certificate states (path, the moment it
 * was completed, the final test's best result), so HR can compute the same code from the learner's
 * completion record file and see that a printed certificate and the file describe one completion.
 *
 * It is a checksum, not a signature: progress is self-reported ("Selbst erklärt"), and anyone who
 * can edit their browser's storage can make a matching pair. It catches mix-ups and casual edits of
 * either side; verified tracking is what the SCORM packages in an LMS are for.
 */
export interface CertifiedFacts {
	pathId: string;
	/** When the path became complete (ISO timestamp as stored). */
	completedAt: string;
	/** The final test's best result in percent, when the path has one. */
	final?: number;
}

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const FNV_OFFSET = 0xcbf29ce484222325n;
const FNV_PRIME = 0x100000001b3n;
const MASK_64 = (1n << 64n) - 1n;

/** FNV-1a, 64 bit, over the UTF-8 bytes: small, fast and the same in every browser and in Node. */
function fnv1a64(text: string): bigint {
	let hash = FNV_OFFSET;
	for (const byte of new TextEncoder().encode(text)) {
		hash ^= BigInt(byte);
		hash = (hash * FNV_PRIME) & MASK_64;
	}
	return hash;
}

/** "7K3QD-M2XWA": ten Crockford base-32 characters (50 bits), no I, L, O or U to misread. */
export function verificationCode(facts: CertifiedFacts): string {
	const time = Date.parse(facts.completedAt);
	if (Number.isNaN(time)) throw new Error(`Kein gültiger Zeitpunkt: ${facts.completedAt}`);
	let hash = fnv1a64(`bzw-zertifikat|1|${facts.pathId}|${time}|${facts.final ?? '-'}`);
	let code = '';
	for (let i = 0; i < 10; i++) {
		code = CROCKFORD[Number(hash & 31n)] + code;
		hash >>= 5n;
	}
	return `${code.slice(0, 5)}-${code.slice(5)}`;
}

/** Reads a code as people type it: case, spaces, hyphens and the look-alikes O/I/L forgiven. */
export function normalizeCode(input: string): string {
	const plain = input.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
	return plain.length === 10 ? `${plain.slice(0, 5)}-${plain.slice(5)}` : plain;
}
