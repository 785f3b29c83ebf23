/** The commands of `zfxxgk`, in help order (their help texts are in help.ts, loaded only for help). */
export const COMMANDS = ["check", "read", "migrate", "fixture", "schema", "rules"] as const;

/** A command of `zfxxgk`. */
export type Command = (typeof COMMANDS)[number];
