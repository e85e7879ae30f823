/**
 * What is not article body: general rules, one line each, never the strings of one site.
 * A rule drops a whole paragraph when its pattern matches and the paragraph is at most `maxLength` long
 * (long paragraphs that merely mention "subscribe" or "cookies" are body).
 */

export interface BoilerplateRule {
  readonly id: string;
  readonly pattern: RegExp;
  /** the longest paragraph (in characters) the rule may drop */
  readonly maxLength: number;
  readonly reason: string;
}

/** The rules, in the order they are tried. */
export const BOILERPLATE_RULES: readonly BoilerplateRule[] = [
  { id: "share-article", maxLength: 160, reason: "share prompt",
    pattern: /^share (?:this|the|our) (?:article|story|page|post|video)\b/i },
  { id: "share", maxLength: 120, reason: "share prompt",
    pattern: /^(?:share(?: this| on| via)?|tweet|e-?mail this|print(?: this)?|copy link|whatsapp|facebook|twitter|linkedin|reddit|pinterest)\b(?:[\s\w|,·•/-]*)$/i },
  { id: "subscribe", maxLength: 240, reason: "subscription prompt",
    pattern: /\b(?:subscribe|sign up|signup|register)\b.{0,80}\b(?:newsletter|updates|inbox|alerts|briefing|digest|free)\b/i },
  { id: "subscribe-lead", maxLength: 160, reason: "subscription prompt", pattern: /^(?:subscribe|sign up|get our)\b/i },
  { id: "follow", maxLength: 200, reason: "follow prompt",
    pattern: /^follow (?:us|@|the\b|\S+ on\b)|\bfollow us on\b|\bfind us on\b|\blike us on\b/i },
  { id: "editor-note", maxLength: 1200, reason: "editor's note or disclaimer",
    pattern: /^(?:\W*)(?:note to (?:our )?readers|editor['’]?s['’]? note|editorial note|disclaimer|correction|clarification)\s*[:.—-]/i },
  { id: "views-own", maxLength: 600, reason: "opinion disclaimer",
    pattern: /\bviews (?:expressed|in this)\b.{0,120}\b(?:own|necessarily)\b|\bdo(?:es)? not necessarily (?:reflect|represent)\b/i },
  { id: "copyright", maxLength: 300, reason: "copyright line",
    pattern: /^(?:©|\(c\)\s|copyright\b)|\ball rights reserved\b|©\s*\d{4}/i },
  { id: "contact", maxLength: 200, reason: "contact line",
    pattern: /\bcontact us\b|^send (?:us )?(?:your )?(?:news )?tips?\b|^(?:e-?mail|tel|phone|call|fax)\s*[:.]/i },
  { id: "email", maxLength: 160, reason: "contact line", pattern: /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/ },
  { id: "phone", maxLength: 80, reason: "contact line",
    pattern: /^(?=(?:\D*\d){9})\+?\(?\d{1,4}\)?(?:[\s-]\(?\d{2,5}\)?){2,5}$/ },
  { id: "image-credit", maxLength: 300, reason: "image credit",
    pattern: /^(?:photo|image|picture|video|graphic|illustration|photograph|file photo)s?(?:\s+credit)?\s*[:|/©-]|^(?:credit|source)\s*:\s*\S.{0,80}$/i },
  { id: "name-agency-credit", maxLength: 120, reason: "image credit",
    pattern: /^\(?(?:\p{Lu}[\p{L}.'’-]*\s?){1,4}\s?\/\s?(?:\p{Lu}[\p{L}.'’-]*\s?){1,4}\)?$/u },
  { id: "agency-credit", maxLength: 150, reason: "image credit",
    pattern: /\bgetty images\b|\b(?:via|courtesy(?: of)?) (?:reuters|ap|afp|epa|getty)\b/i },
  { id: "paren-credit", maxLength: 150, reason: "image credit", pattern: /^\([^()]*\/[^()]*\)$/ },
  { id: "read-more", maxLength: 300, reason: "related-links prompt",
    pattern: /^(?:read more|read also|also read|related(?: articles?| stories| content| coverage)?|see also|more on this(?: story)?|recommended|more from|you may also like|most read|trending)\b\s*[:|»›>-]?/i },
  { id: "wire-signoff", maxLength: 400, reason: "wire sign-off",
    pattern: /^\(?(?:additional )?(?:reporting|writing|editing|compiled) by\b/i },
  { id: "cookies", maxLength: 500, reason: "cookie notice",
    pattern: /\bcookies?\b.{0,160}\b(?:consent|accept|policy|browsing|experience|agree|settings|preferences)\b/i },
  { id: "reading-aid", maxLength: 60, reason: "reading time or audio prompt",
    pattern: /^(?:\d+\s*(?:min(?:ute)?s?|m)\.?\s*read|reading time\s*:?.{0,20}|listen(?: to (?:this|the) (?:article|story))?(?:\s*[(\d:)\s]*)?|\d+\s*comments?)$/i },
  { id: "relative-time", maxLength: 60, reason: "time relative to the page view",
    pattern: /^(?:(?:last\s+)?(?:updated|published|posted|modified)\s*:?\s*)?(?:(?:\d+|an?|one)\s+(?:sec(?:ond)?|min(?:ute)?|h(?:ou)?r|day|week|month)s?\s+ago|just now)$/i },
  { id: "ad", maxLength: 60, reason: "advertisement marker",
    pattern: /^(?:advertisement|sponsored(?: content)?|ad|skip (?:to|ad)\b.*|scroll to continue.*|continue reading.*|click here.*)$/i },
];

/** Last-paragraph author bios: a name, then "is a correspondent", "was bureau chief", ... within a few words. */
export const AUTHOR_BIO = /^(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}(?:is|was|has been|covers|reports|writes)\s+(?:(?:a|an|the|for|on)\s+)?(?:[\p{L}-]+\s+){0,4}(?:correspondent|reporter|editor|journalist|writer|columnist|contributor|fellow|analyst|professor|researcher|author|bureau chief|lecturer)\b/u;
