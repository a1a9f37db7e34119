/** How many of a group's jobs its page lists (newest first; the jobs page has them all). */
export const RECENT_JOBS = 10
