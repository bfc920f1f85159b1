import { useEffect, useRef, useState } from 'react';
import { formatDay } from '../../i18n/dates';
import { t } from '../../i18n/client';
import { mailtoHref } from '../../lib/assignments/compose';
import { toCsv } from '../../lib/assignments/csv';
import { assignmentLink } from '../../lib/assignments/link';
import type { Assignment } from '../../schemas/stored/assignment';
import { downloadText } from '../shared/download';
import { QrCode } from './QrCode';

interface Props {
	assignments: Assignment[];
	acceptUrl: string;
	/** Titles of what was assigned, for the mail text. */
	what: string;
}

async function copy(text: string, input: HTMLInputElement | null): Promise<boolean> {
	try {
		await navigator.clipboard.writeText(text);
		return true;
	} catch {
		// Clipboard access refused (permissions, older browsers): select the text so Ctrl+C works.
		input?.focus();
		input?.select();
		return false;
	}
}

/** One link per person, with copy button, e-mail, QR code on request, and a CSV for mail merge. */
export function LinkResults({ assignments, acceptUrl, what }: Props) {
	const heading = useRef<HTMLHeadingElement>(null);
	const inputs = useRef<(HTMLInputElement | null)[]>([]);
	const [copied, setCopied] = useState<{ index: number; ok: boolean } | null>(null);
	const [openQr, setOpenQr] = useState<Set<number>>(new Set());
	useEffect(() => heading.current?.focus(), [assignments]);
	const rows = assignments.map((assignment) => ({
		assignment,
		link: assignmentLink(acceptUrl, assignment),
	}));
	const first = assignments[0];
	if (!first) return null;
	const due = formatDay(first.due);

	return (
		<section className="mt-10" aria-labelledby="links-titel">
			<h2 id="links-titel" ref={heading} tabIndex={-1} className="font-serif text-2xl">
				{t('hr.linksTitle', { count: assignments.length })}
			</h2>
			<p className="mt-2 max-w-[36em]">{t('hr.linksLead')}</p>
			<p className="mt-4">
				<button
					type="button"
					className="button"
					onClick={() =>
						downloadText(
							toCsv(
								[t('hr.csvName'), t('hr.csvEmail'), t('hr.csvLink')],
								rows.map(({ assignment, link }) => [
									assignment.assignee.name,
									assignment.assignee.email ?? '',
									link,
								]),
							),
							`zuweisung-${first.id}.csv`,
							'text/csv;charset=utf-8',
						)
					}
				>
					{t('hr.downloadCsv')}
				</button>
			</p>
			<ul className="mt-6 grid gap-4">
				{rows.map(({ assignment, link }, index) => {
					const { name, email } = assignment.assignee;
					const inputId = `link-${index}`;
					const body = t('hr.mailBody', {
						name,
						issuer: assignment.issuedBy,
						what,
						due,
						message: assignment.message ? `\n${assignment.message}\n` : '',
						link,
					});
					return (
						<li key={`${name}|${email ?? ''}`} className="card" data-assignee={name}>
							<h3 className="text-lg font-semibold">{name}</h3>
							{email && <p className="text-sm text-muted">{email}</p>}
							<label htmlFor={inputId} className="mt-3 block font-semibold">
								{t('hr.linkFor', { name })}
							</label>
							<input
								id={inputId}
								ref={(element) => {
									inputs.current[index] = element;
								}}
								readOnly
								value={link}
								onFocus={(event) => event.target.select()}
								className="mt-1 block min-h-11 w-full rounded-md border border-line bg-canvas px-3 font-mono text-xs"
							/>
							<div className="mt-3 flex flex-wrap items-center gap-3">
								<button
									type="button"
									className="min-h-11 rounded-md border border-line px-4"
									aria-describedby={`kopiert-${index}`}
									onClick={() =>
										void copy(link, inputs.current[index] ?? null).then((ok) =>
											setCopied({ index, ok }),
										)
									}
								>
									{t('hr.copy')}
								</button>
								{email && (
									<a href={mailtoHref(email, t('hr.mailSubject', { what, due }), body)}>
										{t('hr.writeMail', { name })}
									</a>
								)}
								<button
									type="button"
									className="min-h-11 rounded-md border border-line px-4"
									aria-expanded={openQr.has(index)}
									aria-controls={`qr-${index}`}
									onClick={() =>
										setOpenQr((open) => {
											const next = new Set(open);
											if (next.has(index)) next.delete(index);
											else next.add(index);
											return next;
										})
									}
								>
									{t('hr.showQr')}
								</button>
								<span id={`kopiert-${index}`} role="status" className="text-sm">
									{copied?.index === index ? t(copied.ok ? 'hr.copied' : 'hr.copyManually') : ''}
								</span>
							</div>
							<div id={`qr-${index}`} hidden={!openQr.has(index)} className="mt-3">
								{openQr.has(index) && <QrCode text={link} label={t('hr.qrLabel', { name })} />}
							</div>
						</li>
					);
				})}
			</ul>
		</section>
	);
}
