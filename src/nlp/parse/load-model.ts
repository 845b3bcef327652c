import { CompactModel, type CompactTables } from "./compact-model.js";
import { MOVE_COUNT } from "./moves.js";
import type { ParserModel } from "./parser-model.js";
import type { TrainedParser } from "./train.js";

/** A parser model over trained weights (fresh from training or read from the shipped file). */
export function compactParserModel(parser: TrainedParser): ParserModel {
  return {
    move: new CompactModel(MOVE_COUNT, parser.move),
    label: new CompactModel(parser.labels.length, parser.label),
    labels: parser.labels,
    leftAllowed: parser.leftAllowed,
    rightAllowed: parser.rightAllowed,
    rootLabel: parser.labels.indexOf("root"),
  };
}

/** A parser model's tables as built, to hand from one thread to another (see preload.ts). */
export interface ParserTables {
  readonly labels: readonly string[];
  readonly leftAllowed: Uint8Array;
  readonly rightAllowed: Uint8Array;
  readonly move: CompactTables;
  readonly label: CompactTables;
}

export function parserTables(model: ParserModel): ParserTables {
  const compact = (s: ParserModel["move"]): CompactTables => {
    if (!(s instanceof CompactModel)) throw new Error("parser model: not a compact model");
    return s.tables();
  };
  return {
    labels: model.labels,
    leftAllowed: model.leftAllowed,
    rightAllowed: model.rightAllowed,
    move: compact(model.move),
    label: compact(model.label),
  };
}

/** The model over tables another thread built. */
export function parserModelFromTables(t: ParserTables): ParserModel {
  return {
    move: new CompactModel(MOVE_COUNT, t.move),
    label: new CompactModel(t.labels.length, t.label),
    labels: t.labels,
    leftAllowed: t.leftAllowed,
    rightAllowed: t.rightAllowed,
    rootLabel: t.labels.indexOf("root"),
  };
}
