import { Command, CommanderError } from "commander";
import { registerDemo } from "./demo-command.js";
import { registerEvents } from "./events-command.js";
import { registerExtract } from "./extract-command.js";
import { registerImportGdelt } from "./import-gdelt-command.js";
import { registerIndex } from "./index-command.js";
import { registerIngest } from "./ingest-command.js";
import { registerServe } from "./serve-command.js";
import { processIo, type Io } from "./io.js";

/**
 * Runs the `curtain` command line and returns the exit code:
 * 0 success, 1 some input failed, 2 bad usage.
 */
export async function main(argv: readonly string[], io: Io = processIo): Promise<number> {
  let code = 0;
  const setExit = (c: number) => {
    code = c;
  };
  const program = new Command("curtain")
    .description(
      "Reads news about Eastern Europe and codes who does what to whom, with the sentence that says so.",
    )
    .version("0.1.0")
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s), writeErr: (s) => io.err(s) })
    .showHelpAfterError("(run with --help for usage)");
  registerExtract(program, io, setExit);
  registerDemo(program, io, setExit);
  registerIngest(program, io, setExit);
  registerEvents(program, io, setExit);
  registerImportGdelt(program, io, setExit);
  registerIndex(program, io, setExit);
  registerServe(program, io, setExit);
  try {
    await program.parseAsync(argv, { from: "user" });
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === "commander.helpDisplayed" || err.code === "commander.version" || err.exitCode === 0)
        return 0;
      return 2;
    }
    throw err;
  }
  return code;
}
