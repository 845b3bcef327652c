import { InputError } from "./input-error.js";

/**
 * An input that cannot be right whatever the files hold (an unsupported `--db` scheme): commands
 * report it like an InputError, on one line, but exit 2, bad usage.
 */
export class UsageError extends InputError {}
