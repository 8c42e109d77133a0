/**
 * What no output cell or narrative paragraph may ever contain: a value that is not a
 * number (NaN, Infinity), a leaked JavaScript value (undefined, null, [object …]), or an
 * empty clause left by a missing figure (，， ；； ，。 ；。 、、).
 */
export const FORBIDDEN_IN_OUTPUT: readonly string[] = [
  'NaN',
  'Infinity',
  'undefined',
  'null',
  '[object',
  '，，',
  '；；',
  '，。',
  '；。',
  '、、',
];
