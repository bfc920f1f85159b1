import qrcode from 'qrcode-generator';

/**
 * A QR code as SVG path data (never an HTML string): dark modules on a white square with the
 * quiet zone scanners need, whatever the colour scheme. Runs of dark modules in a row are one
 * rectangle each, which keeps the path short.
 */
export function QrCode({ text, label }: { text: string; label: string }) {
	let path = '';
	let size = 0;
	try {
		const qr = qrcode(0, 'M');
		qr.addData(text);
		qr.make();
		size = qr.getModuleCount();
		for (let row = 0; row < size; row++) {
			for (let col = 0; col < size; col++) {
				if (!qr.isDark(row, col)) continue;
				let run = 1;
				while (col + run < size && qr.isDark(row, col + run)) run++;
				path += `M${col} ${row}h${run}v1h-${run}z`;
				col += run - 1;
			}
		}
	} catch {
		return null; // too long for a QR code; the link itself is still there
	}
	const quiet = 4;
	return (
		<svg
			role="img"
			aria-label={label}
			viewBox={`${-quiet} ${-quiet} ${size + 2 * quiet} ${size + 2 * quiet}`}
			className="h-auto w-full max-w-64"
			shapeRendering="crispEdges"
		>
			<rect x={-quiet} y={-quiet} width={size + 2 * quiet} height={size + 2 * quiet} fill="#fff" />
			<path d={path} fill="#000" />
		</svg>
	);
}
