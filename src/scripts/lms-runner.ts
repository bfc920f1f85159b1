/** The LMS runner page: reads its configuration from the page and starts the SCORM session (lib/scorm/runner.ts). */
import { startRunner } from '../client/scorm/runner';

const element = document.querySelector<HTMLElement>('[data-lms-runner]');
const frame = element?.querySelector<HTMLIFrameElement>('iframe');
const statusLine = element?.querySelector<HTMLElement>('[data-lms-status]');
const alert = element?.querySelector<HTMLElement>('[data-lms-alert]');
if (element && frame && statusLine && alert) {
	const {
		scormVersion,
		modules = '[]',
		tests = '{}',
		suspendIndex = '{}',
		root = '',
		start = '',
		messages = '{}',
	} = element.dataset;
	const rootUrl = new URL(root, location.href).href.replace(/index\.html$/, '');
	startRunner(element, frame, statusLine, alert, {
		version: scormVersion === '2004' ? '2004' : '1.2',
		modules: JSON.parse(modules),
		tests: JSON.parse(tests),
		index: JSON.parse(suspendIndex),
		root: rootUrl,
		start: new URL(start, location.href).href,
		messages: JSON.parse(messages),
	});
}
