/** Message keys name the points of the five-point scales in words (de.json keys hold no digits). */
export const SCALE_WORD = { 1: 'one', 2: 'two', 3: 'three', 4: 'four', 5: 'five' } as const;
