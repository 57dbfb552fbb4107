/** No user name is longer; a longer one cannot name anyone. */
const MAX_USERNAME_LENGTH = 100;
const CONTROL_CHARACTER = /\p{Cc}/u;

/** Whether a typed name could belong to a user. Anything else skips the lookup, so a NUL byte never reaches SQL. */
export const couldBeUsername = (name: string) => name.length <= MAX_USERNAME_LENGTH && !CONTROL_CHARACTER.test(name);

/**
 * A typed name as the throttle counts it and the audit trail shows it: a pasted novel or a NUL
 * byte must neither bloat memory nor break a row.
 */
export const boundedName = (name: string) => name.replace(/\p{Cc}/gu, '\uFFFD').slice(0, MAX_USERNAME_LENGTH);
