// Two countries side by side: their index over time and this month's components.
import { api } from "./api.js";
import { h, fmt } from "./dom.js";
import { sparkline } from "./sparkline.js";

export async function renderCompare(
  host: HTMLElement,
  names: ReadonlyMap<string, string>,
  pair: readonly [string, string],
  month: string | null,
  onChange: (pair: [string, string]) => void,
): Promise<void> {
  const select = (id: string, value: string) => {
    const s = h("select", { id });
    for (const [code, name] of [...names].sort((a, b) => a[1].localeCompare(b[1]))) {
      const o = h("option", { value: code }, name);
      if (code === value) o.selected = true;
      s.append(o);
    }
    return s;
  };
  const a = select("compare-a", pair[0]);
  const b = select("compare-b", pair[1]);
  const changed = () => onChange([a.value, b.value]);
  a.addEventListener("change", changed);
  b.addEventListener("change", changed);
  const columns = await Promise.all(
    pair.map(async (code) => {
      const d = await api.country(code, month ?? undefined);
      const row = d.series.find((r) => r.month === month);
      const comps = h("ul", { class: "components" });
      for (const c of row?.components ?? [])
        comps.append(h("li", {}, `${c.name.replace(/-/g, " ")}: ${fmt(c.value)}`));
      return h(
        "div",
        { class: "compare-col" },
        h("h2", {}, d.name),
        h("p", {}, row ? `${month}: ${fmt(row.value)}` : `${month ?? ""}: no value`),
        sparkline(d.series, month, `index of ${d.name} over time`),
        comps,
      );
    }),
  );
  host.replaceChildren(
    h(
      "div",
      { class: "compare-pick" },
      h("label", { for: "compare-a" }, "Country "),
      a,
      h("label", { for: "compare-b" }, " and "),
      b,
    ),
    h("div", { class: "compare" }, ...columns),
  );
}
