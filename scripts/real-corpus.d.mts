// Types of real-corpus.mjs, for the test suite.
export interface GoldEvent {
  readonly type: string;
  readonly actor: string;
  readonly target: string;
  readonly status: "required" | "optional" | "forbidden";
  readonly modality?: string;
  readonly date?: string;
  readonly line?: number;
}
export interface Gold {
  readonly document: string;
  readonly published?: string;
  readonly mainText: { readonly lines?: readonly number[]; readonly text?: string };
  readonly events: readonly GoldEvent[];
}
export interface SourceRecord {
  readonly file: string;
  readonly title: string;
  readonly published: string;
  readonly outlet: string;
  readonly kind: string;
  readonly url: string;
  readonly repository: string;
  readonly path: string;
  readonly commit: string;
  readonly licence: string;
  readonly attribution: string;
}
export interface PartScore {
  readonly summary: {
    readonly documents: number;
    readonly missing: number;
    readonly event: { precision: number; recall: number; f1: number; tp: number; fp: number; fn: number };
    readonly modalityAccuracy: number;
    readonly dateAccuracy: number;
    readonly evidenceOutsideMainText: number;
    readonly text: { precision: number; recall: number; f1: number };
  };
}
export interface Agreement {
  readonly documents: number;
  readonly both: number;
  readonly onlyFirst: number;
  readonly onlySecond: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}
export const REAL_DIR: string;
export const SECOND_DIR: string;
export const SCORER: string;
export function goldNames(dir?: string): string[];
export function readGold(name: string, dir?: string): Gold;
export function readSplit(): { dev: string[]; test: string[] };
export function readSources(): SourceRecord[];
export function partFolder(names: readonly string[]): string;
export function scorePart(
  names: readonly string[],
  extractFile: (path: string, published: string | null) => unknown,
): PartScore;
export function agreement(): Agreement;
