import { t } from '../../i18n/client';
import type { MeterId } from '../../schemas/roleplay-constants';
import type { Mood, Outcome } from '../../schemas/roleplay-constants';

/** Learner-facing names for the role-play's enums, and how a meter change is put into words. */
export const meterLabel = (meter: MeterId): string => t(`roleplay.meter.${meter}`);
export const moodLabel = (mood: Mood): string => t(`roleplay.mood.${mood}`);
export const outcomeLabel = (outcome: Outcome): string => t(`roleplay.outcome.${outcome}`);

/** A signed number with a real minus sign, as it reads in German text: "+5", "−3". */
export const signed = (delta: number): string => (delta > 0 ? `+${delta}` : `−${Math.abs(delta)}`);

export const changeText = ({
	meter,
	delta,
	value,
}: {
	meter: MeterId;
	delta: number;
	value: number;
}): string => t('roleplay.change', { meter: meterLabel(meter), delta: signed(delta), value });
