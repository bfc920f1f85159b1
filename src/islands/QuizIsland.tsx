import { useEffect, useState } from 'react';
import type { Messages } from '../i18n';
import { provideMessages } from '../i18n/client';
import type { Quiz } from '../schemas/quiz';
import { QuizView } from './quiz/QuizView';

/**
 * Island entry for a knowledge check. The quiz data is a static JSON file of the build, fetched when
 * the island hydrates (as the quiz nears the viewport), so the module's HTML stays small.
 */
export default function QuizIsland({ id, src, loading, loadFailed }: { id: string; src: string; loading: string; loadFailed: string }) {
	const [quiz, setQuiz] = useState<Quiz | null>(null);
	const [failed, setFailed] = useState(false);
	useEffect(() => {
		let active = true;
		fetch(src)
			.then((response) => (response.ok ? (response.json() as Promise<{ quiz: Quiz; messages: Messages }>) : Promise.reject(new Error(String(response.status)))))
			.then((data) => {
				if (!active) return;
				provideMessages(data.messages);
				setQuiz(data.quiz);
			})
			.catch(() => active && setFailed(true));
		return () => {
			active = false;
		};
	}, [src]);
	if (failed) return <p role="alert">{loadFailed}</p>;
	if (!quiz) return <p className="mt-2 text-muted">{loading}</p>;
	return <QuizView id={id} quiz={quiz} />;
}
