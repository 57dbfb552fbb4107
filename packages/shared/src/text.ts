/**
 * Rules every text input obeys, on both sides: the dashboard checks them as the user types, the
 * API refuses what breaks them before anything runs.
 */

/** C0 control characters (NUL, escape, …) other than tab, line feed and carriage return: no legitimate text holds them, and PostgreSQL refuses NUL outright. */
// eslint-disable-next-line no-control-regex -- matching control characters is this pattern's job
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/** A high surrogate not followed by a low one, or a low one not preceded by a high one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * What makes a text unfit to store, or null when it is fine: a control character, or a lone
 * UTF-16 surrogate (half of an emoji), which is no character at all and which PostgreSQL's
 * `jsonb` (the audit trail) refuses.
 */
export function textFault(value: string): 'controlCharacter' | 'malformedText' | null {
  if (CONTROL_CHARACTER.test(value)) return 'controlCharacter';
  return LONE_SURROGATE.test(value) ? 'malformedText' : null;
}

/** True when nothing but white space is left: a required text (a name, a reason, evidence) must say something. */
export function isBlank(value: string): boolean {
  return value.trim().length === 0;
}
