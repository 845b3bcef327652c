import { main } from "../src/cli/main.js";

/** Runs `curtain ARGS...` in-process (no model reload per call) and captures its output. */
export async function runCli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const line = (t: string) => (t.endsWith("\n") ? t : t + "\n");
  const code = await main(args, {
    out: (t) => void (stdout += line(t)),
    err: (t) => void (stderr += line(t)),
  });
  return { code, stdout, stderr };
}
