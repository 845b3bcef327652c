import { z } from "zod";
import { EVENT_TYPES } from "./event-type.js";

const slot = z.enum([
  "subject",
  "object",
  "possessor",
  "by",
  "to",
  "on",
  "against",
  "with",
  "from",
  "into",
  "in",
  "for",
  "of",
  "over",
  "at",
  "near",
  "along",
  "towards",
  "about",
  "across",
  "through",
  "via",
  "between",
  "attributed",
  "condition",
  "weapon",
  "embedded",
  "inside",
  "predicated",
  "that",
  "targeting",
  "owner",
  "pairFirst",
  "pairSecond",
  "fronted",
  "informant",
  "framing",
  "anti",
]);
export type Slot = z.infer<typeof slot>;

const example = z
  .string()
  .regex(
    /^.+ => (none|[A-Z_]+ [A-Z]{2,4} [A-Z]{2,4}( (asserted|threatened|planned|hypothetical|negated))?)$/,
    'an example is "SENTENCE => TYPE ACTOR TARGET [MODALITY]" or "SENTENCE => none"',
  );

export const triggerSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    type: z.enum(EVENT_TYPES),
    /** Lemma steps separated by spaces; "a|b" alternatives; "~", "~~", "~~~" gaps of up to 5, 12, 24 words. */
    match: z.string().min(1),
    /** Part of speech of the trigger's first word: verb triggers get passive handling. */
    pos: z.enum(["verb", "noun", "any"]).default("any"),
    /** Empty only for a trigger whose actor is always the text's own voice (implicitActor: issuer). */
    actor: z.array(slot),
    target: z.array(slot).min(1),
    /** A word list of cues.yaml that must occur in the trigger's clause ("arms" for supply verbs). */
    needs: z.enum(["arms", "economy", "military", "cyber", "amount"]).optional(),
    /** The verb takes no object here: "applied together in May", not "applied pressure". */
    intransitive: z.boolean().optional(),
    /** Leaders named together as the subject act on each other whatever the verb's object is (its
     *  topic, not a party): "Putin and Erdogan discussed the situation in Syria". */
    reciprocal: z.boolean().optional(),
    /** The two parties named together act on each other, both ways: "the assistance that Russia and
     *  Uzbekistan provide to each other" is aid from each to the other. */
    mutual: z.boolean().optional(),
    /** With no target in the sentence, the bloc the article is about ("applied together in May"), or
     *  the state its headline names ("a flood of pro-Kremlin disinformation" in a story on Moldova).
     *  "contact-pair": with no party at all, the two sides of the first contact coded in the document
     *  ("Putin met Orban. Bilateral trade grew": src/coding/discourse/contact-pair.ts).
     *  "war-side": the other side of the war the actor wages at the event's date (cues.yaml `wars`:
     *  "Russia's unprovoked invasion" in 2022 is against Ukraine).
     *  "contact-side": a word addressed to someone, with no one named, is addressed to the other side
     *  of the first contact coded in the document, where the actor is a side of it ("Merkel and
     *  Hollande expressed their condolences" in a call with Putin); several named together as its
     *  actor do not address each other. */
    implicitTarget: z
      .enum(["topic-bloc", "topic-state", "contact-pair", "war-side", "contact-side"])
      .optional(),
    /** With no actor in a headline that opens with the trigger ("Meeting with President of Belarus
     *  Alexander Lukashenko"), the document's speaker: the state whose people the text names most.
     *  "issuer": always the text's own voice, the statement's signatories or signer or a transcript's
     *  speaker, outside quotation marks ("Russia's unprovoked war" in a State Department statement);
     *  none in a text with no such voice (a news report).
     *  "contact-sides": with no actor, a readout's sentence opened by its contact's sides ("The two
     *  condemned ...", "Both reaffirmed ...", "Participants discussed ...") has each side of the
     *  contact reported before act (src/coding/discourse/contact-sides.ts).
     *  "readout-voice": with no actor, the leader whose contact heads a readout ("Telephone
     *  conversation with ...") speaks its agentless passives ("It was noted that ..."). */
    implicitActor: z.enum(["speaker", "issuer", "contact-sides", "readout-voice"]).optional(),
    /** The words this pattern spans may code events of their own: "said the West must stand against
     *  Russian aggression in Georgia" is a criticism and, inside it, the aggression. */
    keepsInner: z.boolean().optional(),
    /** A place may stand for its state as the target, where the type's own rule (cues.yaml
     *  `placeTargets`) allows none: a base at Gyumri is one Armenia hosts. Never a place the actor
     *  holds in a war it wages then (cues.yaml `wars`: "the Russian naval base in Sevastopol" in 2024). */
    placeTarget: z.boolean().optional(),
    /** Who may act, where the type's own rule is narrower: "member" lets a member state of the bloc
     *  the sentence or article is about act as well as the bloc ("Ankara ratified Finland's membership"). */
    actorKind: z.enum(["member"]).optional(),
    /** The target must be a person or an office holder: a letter goes to a leader ("sent a message to
     *  President Tokayev"), where a "message to Moscow" is a signal. */
    partner: z.enum(["person"]).optional(),
    /** Modality this trigger carries by itself ("threatened to" -> threatened); "asserted": the act
     *  is done whatever the clause around says ("will thank Azerbaijan for humanitarian support to
     *  Ukraine": the thanks are to come, the support was given). */
    modality: z.enum(["threatened", "planned", "negated", "asserted"]).optional(),
    /** The sides a name gives by itself, where the sentence names none: "the special military
     *  operation" is Russia's against Ukraine. The slots still win where they are filled. */
    sides: z
      .object({ actor: z.string().regex(/^[A-Z]{2,4}$/), target: z.string().regex(/^[A-Z]{2,4}$/) })
      .strict()
      .optional(),
    examples: z.array(example).min(1),
  })
  .strict()
  .refine((t) => t.actor.length > 0 || t.implicitActor === "issuer", {
    message: "a trigger needs an actor slot unless its actor is the issuer (implicitActor: issuer)",
    path: ["actor"],
  });

export type TriggerEntry = z.infer<typeof triggerSchema>;

export const triggerFileSchema = z.object({ triggers: z.array(triggerSchema).min(1) }).strict();

export const cueFileSchema = z
  .object({
    /** Words or lemma phrases between the actor and the trigger. */
    negation: z.array(z.string()),
    threat: z.array(z.string()),
    hypothetical: z.array(z.string()),
    planned: z.array(z.string()),
    /** Anywhere before the trigger in the sentence: "denied that ...". */
    denial: z.array(z.string()),
    /** Anywhere before the trigger: "warned that ... would". */
    warning: z.array(z.string()),
    /** After the trigger: "... should they buy", "if", "unless". */
    condition: z.array(z.string()),
    /** Clause limits: argument search does not cross them. */
    boundary: z.array(z.string()),
    /** Words that make a clause about weapons, the economy, the military or cyberspace. */
    arms: z.array(z.string()),
    economy: z.array(z.string()),
    military: z.array(z.string()),
    cyber: z.array(z.string()),
    /** Words that state a sum or its change ("billion", "exceed", "grow"). */
    amount: z.array(z.string()),
    retype: z.array(
      z
        .object({ from: z.enum(EVENT_TYPES), to: z.enum(EVENT_TYPES), when: z.array(z.string()).min(1) })
        .strict(),
    ),
    placeTargets: z.array(z.enum(EVENT_TYPES)),
    attribution: z.array(z.string()),
    /** Types whose would/will + condition reads as a threat. */
    coercive: z.array(z.enum(EVENT_TYPES)),
    /** Definite descriptions that refer back to an actor: "the country", "the alliance". */
    anaphora: z
      .object({
        state: z.array(z.string()).min(1),
        bloc: z.record(z.string(), z.array(z.string()).min(1)),
        pair: z.array(z.string()),
        partyPair: z.array(z.string()).default([]),
        pairAlone: z.array(z.string()).default([]),
        allied: z.array(z.string()).default([]),
      })
      .strict(),
    /** Objects that refer back to an earlier act ("condemned the recognition") or to an accusation
     *  ("dismissed the accusations"): a criticism of them targets that act's actor or the accuser. */
    eventAnaphora: z
      .object({
        act: z.record(z.string(), z.array(z.enum(EVENT_TYPES))),
        accusation: z.array(z.string()),
        accession: z.array(z.string()),
      })
      .strict(),
    /** Wars the text need not name the other side of: from `from` on, a war act of `actor` with
     *  no target named is against `target` (`implicitTarget: war-side`). */
    wars: z
      .array(
        z
          .object({
            actor: z.string().regex(/^[A-Z]{2,4}$/),
            target: z.string().regex(/^[A-Z]{2,4}$/),
            from: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
          })
          .strict(),
      )
      .default([]),
  })
  .strict();

export type CueFile = z.infer<typeof cueFileSchema>;
