import { basename } from "node:path";

/**
 * NAME of `extract --out DIR`: the file name up to its first dot, as CONTRACT.md says, for the
 * first input that has it. Inputs of one run that share it (x/story.txt and y/story.txt,
 * story.2024.txt, many index.html) get NAME-2, NAME-3, ... in the order given, so that no output
 * silently replaces another; `taken` says which input the plain name went to.
 */
export class OutputNames {
  readonly #used = new Map<string, string>();

  next(file: string): { name: string; plain: string; taken: string | null } {
    const plain = stem(file);
    const owner = this.#used.get(plain);
    if (owner === undefined) {
      this.#used.set(plain, file);
      return { name: plain, plain, taken: null };
    }
    let n = 2;
    while (this.#used.has(`${plain}-${n}`)) n++;
    const name = `${plain}-${n}`;
    this.#used.set(name, file);
    return { name, plain, taken: owner };
  }
}

function stem(file: string): string {
  const name = basename(file);
  const dot = name.indexOf(".");
  return dot > 0 ? name.slice(0, dot) : name;
}
