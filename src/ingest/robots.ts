/** The rules of one robots.txt that apply to Curtain: those for `*` and for `Curtain`. */
export interface RobotsRules {
  /** Whether a path (with its query string) may be fetched. */
  allows(pathAndQuery: string): boolean;
}

interface Rule {
  readonly allow: boolean;
  readonly pattern: RegExp;
  readonly length: number;
}

/** Everything allowed: what a robots.txt that fails to load means. */
export const ALLOW_ALL: RobotsRules = { allows: () => true };

/**
 * Parses robots.txt (RFC 9309) for the groups of `User-agent: *` and `User-agent: Curtain`.
 * The longest matching Allow or Disallow pattern decides (`*` and `$` understood); a tie, or no
 * match, allows. An empty `Disallow:` allows everything.
 *
 * @example
 *   parseRobots("User-agent: *\nDisallow: /private/").allows("/private/a.html"); // false
 */
export function parseRobots(text: string, agent = "curtain"): RobotsRules {
  const rules: Rule[] = [];
  let agents: string[] = [];
  let inRules = false;
  for (const raw of text.split(/\r\n|\r|\n/)) {
    const line = raw.replace(/#.*$/, "").trim();
    const m = /^([A-Za-z-]+)\s*:\s*(.*)$/.exec(line);
    if (!m) continue;
    const key = (m[1] ?? "").toLowerCase();
    const value = (m[2] ?? "").trim();
    if (key === "user-agent") {
      if (inRules) agents = [];
      inRules = false;
      agents.push(value.toLowerCase());
    } else if (key === "allow" || key === "disallow") {
      inRules = true;
      const applies = agents.some((a) => a === "*" || a === agent || a.startsWith(`${agent}/`));
      if (!applies || value === "") continue;
      rules.push({ allow: key === "allow", pattern: patternOf(value), length: value.length });
    }
  }
  return {
    allows(pathAndQuery: string): boolean {
      let best: Rule | null = null;
      for (const rule of rules) {
        if (!rule.pattern.test(pathAndQuery)) continue;
        if (!best || rule.length > best.length || (rule.length === best.length && rule.allow)) best = rule;
      }
      return best?.allow ?? true;
    },
  };
}

function patternOf(value: string): RegExp {
  const anchored = value.endsWith("$");
  const body = (anchored ? value.slice(0, -1) : value)
    .split("*")
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, "\\$&"))
    .join(".*");
  return new RegExp(`^${body}${anchored ? "$" : ""}`);
}
