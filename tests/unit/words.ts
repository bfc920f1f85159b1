import { t } from '../../src/i18n';
import type { Message } from '../../src/i18n/message';

/** A message as the learner reads it, worded with the site's dictionary (de.json). */
export const words = (message: Message): string => t(message.key, message.values);
