/**
 * Rules every text input obeys, on both sides: the dashboard checks them as the user types, the
 * API refuses what breaks them before anything runs.
 */

/** C0 control characters (NUL, escape, …) other than tab, line feed and carriage return: no legitimate text holds them, and PostgreSQL refuses NUL outright. */
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

export function hasControlCharacter(value: string): boolean {
  return CONTROL_CHARACTER.test(value);
}

/** True when nothing but white space is left: a required text (a name, a reason, evidence) must say something. */
export function isBlank(value: string): boolean {
  return value.trim().length === 0;
}
