/** The two databases Curtain stores into. */
export type DialectName = "sqlite" | "postgres";
