/**
 * The ranges the library's parameters share (rule-spec.ts: `minimum`, `exclusive_minimum`, `maximum`,
 * `exclusive_maximum`), from what the parameters mean (rules.md). A clause's value outside its range is refused
 * at its line: a zero speed would leave every order unchecked, a share above 1 or a negative number of days means
 * nothing.
 */

/** A share or ratio of a whole (a commission rate, a fee share, a tolerance on a rate): 0 to 1. */
export const share = { minimum: 0, maximum: 1 } as const;

/** A number of minutes within a day (a grace, a handover, the least working time checked): 0 to 1,440. */
export const minutesOfADay = { minimum: 0, maximum: 1440 } as const;

/**
 * A length of time within a day that a rule measures against, where zero means nothing (a daily cap, the longest
 * continuous work, the rest that ends it): more than 0, at most 1,440 minutes.
 */
export const positiveMinutesOfADay = { exclusive_minimum: 0, maximum: 1440 } as const;

/** A weather alert level (data-model.md: 1 blue, 2 yellow, 3 orange, 4 red; 0 is no alert). */
export const alertLevel = { minimum: 1, maximum: 4 } as const;

/** A number of days a deadline is set after a date (a grace period, a payment term): 0 to a year. */
export const daysOfAYear = { minimum: 0, maximum: 365 } as const;
