import { CompactModel } from "./compact-model.js";
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
