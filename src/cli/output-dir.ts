import { accessSync, constants, mkdirSync, statSync } from "node:fs";
import { dirname, resolve } from "node:path";

/** Why a write into a folder failed, as a reader of one line needs it. */
export function writeReason(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  switch (code) {
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EROFS":
      return "read-only file system";
    case "ENOSPC":
      return "no space left on the device";
    case "ENOTDIR":
      return "a file stands where a folder is needed";
    case "EEXIST":
      return "is a file, not a folder";
    default:
      return `cannot write (${code ?? String(err)})`;
  }
}

/**
 * Makes sure `dir` is a folder that can be written into, creating it (and its parents) when
 * missing, before any input is read: an output that cannot be written is one line up front,
 * not one failure per input. Returns the reason when it is not, else null. Folders are made one
 * at a time: mkdirSync's `recursive` retries for ever where mkdir answers ENOENT under an existing
 * parent (/proc), which a user sees as a hang.
 */
export function prepareOutputDir(dir: string): string | null {
  const target = resolve(dir);
  const missing: string[] = [];
  for (let p = target; ; p = dirname(p)) {
    let stat;
    try {
      stat = statSync(p);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if ((code === "ENOENT" || code === "ENOTDIR") && dirname(p) !== p) {
        missing.unshift(p);
        continue;
      }
      return writeReason(err);
    }
    if (!stat.isDirectory()) return p === target ? "is a file, not a folder" : `${p} is a file, not a folder`;
    break;
  }
  try {
    for (const p of missing) mkdirSync(p);
    accessSync(target, constants.W_OK);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return code === "ENOENT" ? "cannot create a folder there" : writeReason(err);
  }
  return null;
}
