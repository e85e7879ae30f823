/**
 * The status rules as data: which words and which CAMEO codes say what about a ceasefire. `status.ts` applies
 * them; an analyst can add a row here without touching it.
 */
import type { CeasefireStatus } from "../types.ts";

/** A signal's meaning: a status, or a party's refusal (which alone leaves a truce proposed). */
export type Signal = CeasefireStatus | "refused" | "failed" | "renewed";

/** Where a text rule applies: a sentence naming a truce, one referring back to it, or any sentence. */
export type Scope = "truce" | "anaphor" | "any";

export interface TextRule {
  readonly signal: Signal;
  readonly pattern: RegExp;
  readonly scope: Scope;
  /** skip the match when preceded closely by a negation or a hedge ("not", "could", "threatens to") */
  readonly guarded: boolean;
}

/** A hedge or negation in the few words before a match. */
export const HEDGE_BEFORE = /\b(?:not|never|no|could|may|might|would|if|unless|threaten\w*|risk\w*|fear\w*|prevent\w*|avoid\w*|whether)\b[\w\s'-]{0,20}$/i;

export const TEXT_RULES: readonly TextRule[] = [
  { signal: "proposed", scope: "truce", guarded: false,
    pattern: /\b(?:call(?:s|ed|ing)?\s+(?:for|on)|ask(?:s|ed|ing)?|appeal(?:s|ed|ing)?\s+to|propos(?:e|es|ed|ing|al)|urg(?:e|es|ed|ing)|appeal(?:s|ed|ing)?\s+for|push(?:es|ed|ing)?\s+for|press(?:es|ed|ing)?\s+for|offer(?:s|ed)?|draft)\b/i },
  { signal: "declared", scope: "truce", guarded: true,
    pattern: /\b(?:announc(?:e|es|ed|ing)|agreed|agree\s+to|declar(?:e|es|ed|ing)|signed|signs|accepted|struck|reached|brokered|sealed|(?:will|would|is\s+to|was\s+to|set\s+to|due\s+to)\s+(?:take|come\s+into|go\s+into)\s+(?:effect|force)|takes\s+effect|comes\s+into\s+force)\b/i },
  { signal: "in_force", scope: "truce", guarded: true,
    pattern: /\b(?:took\s+effect|came\s+into\s+(?:force|effect)|went\s+into\s+(?:force|effect)|in\s+(?:force|effect)|(?:is|was|has\s+been|largely|broadly|mostly)\s+(?:holding|held|respected|observed)|has\s+held|held\s+(?:overnight|through|since|for)|(?:truce|cease-?fire|armistice)(?:\s+in\s+[\w-]+)?\s+(?:has\s+|had\s+)?(?:largely\s+)?held)\b/i },
  { signal: "violated", scope: "truce", guarded: true,
    pattern: /\b(?:violat\w*|breach\w*|broke\s+the|flout\w*|in\s+defiance\s+of|despite\s+(?:the|a)\s+(?:truce|cease-?fire))\b/i },
  { signal: "collapsed", scope: "truce", guarded: true,
    pattern: /\b(?:collaps\w*|broke\s+down|break(?:s|ing)?\s+down|fell\s+apart|fall(?:s|en|ing)?\s+apart|crumbl\w*|in\s+tatters|unravel\w*|shattered)\b/i },
  { signal: "ended", scope: "truce", guarded: true,
    pattern: /\b(?:expired|lapsed|called\s+off|terminated|end(?:ed|s)?\s+the\s+(?:truce|cease-?fire)|(?:truce|cease-?fire)\s+(?:has\s+)?ended|withdr(?:ew|awn|aw)\s+from\s+the\s+(?:truce|cease-?fire|agreement)|pull(?:ed|s)?\s+out\s+of\s+the\s+(?:truce|cease-?fire|agreement))\b/i },
  { signal: "refused", scope: "anaphor", guarded: false,
    pattern: /\b(?:did\s+not\s+sign|didn't\s+sign|has\s+not\s+signed|refus\w*\s+to\s+(?:sign|accept|agree|endorse)|declin\w*\s+to\s+(?:sign|accept|agree|endorse)|without\s+signing|reject\w*|walked\s+out)\b/i },
  { signal: "failed", scope: "anaphor", guarded: true,
    pattern: /\b(?:talks|negotiations|meetings?|summit|mediation|efforts?)\b[^.;]{0,40}?\b(?:fail(?:ed|s)?|collaps\w*|broke\s+down|(?:ended|ends|end)\s+without|stalled|foundered|produced\s+no)\b|\bfail(?:ed|s|ure)?\s+to\s+(?:reach|agree|secure|produce|clinch|seal|strike)\b|\bno\s+(?:significant\s+)?(?:progress|breakthrough)\b|\bwithout\s+(?:an?\s+|any\s+)?(?:agreement|deal|breakthrough)\b/i },
  { signal: "renewed", scope: "any", guarded: true,
    pattern: /\b(?:fighting|hostilities|clashes|shelling|attacks|battles?|violence|bombardment)\s+(?:has\s+|have\s+|had\s+)?(?:resum\w*|intensif\w*|escalat\w*|flared|erupted\s+again|raged\s+on|picked\s+up)\b|\b(?:intensif\w*|escalat\w*)\s+(?:the\s+|its\s+|their\s+)?(?:fighting|offensive|attacks|assault|shelling|bombardment)\b/i },
  { signal: "renewed", scope: "any", guarded: true,
    pattern: /\b(?:resum\w*\s+(?:the\s+|its\s+|their\s+)?(?:fighting|hostilities|offensive|attacks?|assault|shelling)|renew\w*\s+(?:the\s+|its\s+|their\s+|an?\s+)?(?:offensive|fighting|assault|attacks?|shelling)|relaunch\w*)\b/i },
];

/** How an event's CAMEO code reads, by code prefix (longest prefix wins). */
export type EventRole = "truce" | "sign" | "appeal" | "intent" | "mediate" | "reject" | "violate" | "attack";

export const CAMEO_ROLES: readonly (readonly [string, EventRole])[] = [
  ["0871", "truce"], ["087$", "truce"], ["057", "sign"],
  ["0256", "appeal"], ["026", "appeal"], ["027", "appeal"], ["028", "appeal"], ["1056", "appeal"], ["105", "appeal"],
  ["0356", "intent"], ["036", "intent"], ["037", "intent"], ["038", "intent"],
  ["039", "mediate"], ["043", "mediate"], ["044", "mediate"], ["045", "mediate"],
  ["1246", "reject"], ["124", "reject"], ["125", "reject"], ["126", "reject"], ["127", "reject"], ["128", "reject"],
  ["196", "violate"], ["18", "attack"], ["19", "attack"], ["20", "attack"],
];

/**
 * The role of a CAMEO code, or null; a prefix ending in `$` matches that exact code only.
 * Roles other than truce, violate and attack count only in truce sentences.
 */
export function roleOf(cameo: string): EventRole | null {
  let best: readonly [string, EventRole] | null = null;
  for (const row of CAMEO_ROLES) {
    const exact = row[0].endsWith("$");
    const code = exact ? row[0].slice(0, -1) : row[0];
    const hit = exact ? cameo === code : cameo.startsWith(code);
    if (hit && (!best || code.length > best[0].replace("$", "").length)) best = row;
  }
  return best ? best[1] : null;
}

/** Lifecycle order: the article's status is the latest stage any signal reaches. */
export const STATUS_ORDER: readonly CeasefireStatus[] = ["proposed", "declared", "in_force", "violated", "collapsed", "ended"];

export const rank = (s: CeasefireStatus): number => STATUS_ORDER.indexOf(s);
