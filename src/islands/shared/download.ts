/** Offers text as a file download; the object URL is released once the browser has it. */
export function downloadText(text: string, fileName: string, type: string): void {
	const link = document.createElement('a');
	link.href = URL.createObjectURL(new Blob([text], { type }));
	link.download = fileName;
	link.click();
	setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}
