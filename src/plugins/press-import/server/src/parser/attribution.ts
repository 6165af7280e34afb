import { isOffice, roleAt, speechVerbAt, subjectPronounGender, verbGender, type Gender } from './lexicon';
import type { QuoteCandidate, TextRange } from './quotes';
import type { PeopleScan, Person } from './speakers';
import { lowerBound, rangeIndexAt, TextIndex, type Token } from './tokens';

/**
 * Who said each quote. The narrator's words next to the quote are searched for a name, a
 * role noun ("the rector", "декан") or a pronoun; roles resolve through the positions read
 * from the text, pronouns and generic roles ("the guest", "эксперт") through the person
 * the text was just talking about, with grammatical gender where the language has it.
 * When nothing is found with confidence the speaker stays null.
 */

export interface Attribution {
  /** Index into `scan.people`, or null. */
  person: number | null;
  confidence: number;
}

/** How sure each kind of evidence is. */
const CONFIDENCE = {
  name: 0.95,
  role: 0.85,
  colonLine: 0.85,
  interrupted: 0.9,
  pronoun: 0.75,
  previousQuote: 0.6,
} as const;

/** How many mentions back "the rector" looks for the rector meant, when there are several. */
const MAX_MENTIONS_BACK = 500;

/** How far back (in sentences) a pronoun may point. */
const SALIENCE_WINDOW = 10;

interface TimelineEntry {
  paragraph: number;
  start: number;
  person: number;
}

const compatible = (person: Person, gender: Gender): boolean => gender === 'any' || person.gender === 'any' || person.gender === gender;

const before = (a: { paragraph: number; start: number }, b: { paragraph: number; start: number }): boolean =>
  a.paragraph < b.paragraph || (a.paragraph === b.paragraph && a.start < b.start);

class Attributor {
  /** Timeline entries per paragraph, in text order. */
  private readonly timeline: Map<number, TimelineEntry[]>;
  private readonly mentionsByParagraph: Map<number, PeopleScan['mentions']>;
  private readonly paragraphs: string[];
  private readonly holdersByRole = new Map<string, number[]>();

  constructor(
    private readonly indexes: TextIndex[],
    private readonly scan: PeopleScan,
  ) {
    this.paragraphs = indexes.map((index) => index.text);
    scan.people.forEach((person, index) => {
      for (const role of person.roles) this.holdersByRole.set(role, [...(this.holdersByRole.get(role) ?? []), index]);
    });
    this.mentionsByParagraph = new Map();
    for (const mention of scan.mentions) {
      const list = this.mentionsByParagraph.get(mention.paragraph) ?? [];
      list.push(mention);
      this.mentionsByParagraph.set(mention.paragraph, list);
    }
    this.timeline = this.buildTimeline();
  }

  /** Every reference to a known person, by name or by a role that only one person holds. */
  private buildTimeline(): Map<number, TimelineEntry[]> {
    const entries: TimelineEntry[] = this.scan.mentions.map((mention) => ({
      paragraph: mention.paragraph,
      start: mention.start,
      person: mention.person,
    }));
    for (const role of this.scan.roleMentions) {
      if (role.generic) continue;
      const holders = this.peopleWithRole(role.key);
      if (holders.length === 1) entries.push({ paragraph: role.paragraph, start: role.start, person: holders[0] });
    }
    entries.sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
    const byParagraph = new Map<number, TimelineEntry[]>();
    for (const entry of entries) {
      const list = byParagraph.get(entry.paragraph) ?? [];
      list.push(entry);
      byParagraph.set(entry.paragraph, list);
    }
    return byParagraph;
  }

  private entries(paragraph: number): TimelineEntry[] {
    return this.timeline.get(paragraph) ?? [];
  }

  private peopleWithRole(key: string): number[] {
    return this.holdersByRole.get(key) ?? [];
  }

  /** Index of the first entry of `entries` (sorted by start) starting at or after `position`. */
  private static firstFrom(entries: Array<{ start: number }>, position: number): number {
    return lowerBound(entries.length, (i) => entries[i].start >= position);
  }

  /** The person the text was talking about just before `at`: subjects of recent sentences first. */
  salientPerson(
    at: { paragraph: number; start: number },
    gender: Gender,
    exclude: number | null = null,
    eligible: (person: Person) => boolean = () => true,
  ): number | null {
    let paragraph = at.paragraph;
    let sentence = this.indexes[paragraph].sentences.length ? rangeIndexAt(this.indexes[paragraph].sentences, at.start) : 0;
    for (let step = 0; step < SALIENCE_WINDOW && paragraph >= 0; step++) {
      const [start, end] = this.indexes[paragraph].sentences[sentence] ?? [0, this.paragraphs[paragraph].length];
      const limit = paragraph === at.paragraph && step === 0 ? at.start : end + 1;
      const entries = this.entries(paragraph);
      for (let i = Attributor.firstFrom(entries, start); i < entries.length && entries[i].start < limit; i++) {
        const entry = entries[i];
        const person = this.scan.people[entry.person];
        if (entry.person !== exclude && compatible(person, gender) && eligible(person)) return entry.person;
      }
      sentence--;
      if (sentence < 0) {
        paragraph--;
        if (paragraph >= 0) sentence = Math.max(0, this.indexes[paragraph].sentences.length - 1);
      }
    }
    return null;
  }

  /** The subject of the nearest earlier sentence of the same paragraph that names someone. */
  salientInParagraph(at: { paragraph: number; start: number }): number | null {
    const sentences = this.indexes[at.paragraph].sentences;
    const s = rangeIndexAt(sentences, at.start) - 1;
    if (s < 0) return null;
    // Sentences cover the paragraph end to end: the sentence of the last entry up to the
    // end of sentence `s` is the nearest one naming someone; its first entry is the subject.
    const entries = this.entries(at.paragraph);
    const last = Attributor.firstFrom(entries, sentences[s][1] + 1) - 1;
    if (last < 0) return null;
    const [start] = sentences[rangeIndexAt(sentences, entries[last].start)];
    return entries[Attributor.firstFrom(entries, start)].person;
  }

  /** The most recently mentioned holder of a role ("the rector" → the person whose position says Rector). */
  private roleHolder(key: string, at: { paragraph: number; start: number }, gender: Gender): number | null {
    const holders = this.peopleWithRole(key).filter((index) => compatible(this.scan.people[index], gender));
    if (holders.length === 0) return null;
    if (holders.length === 1) return holders[0];
    // The holder mentioned last before `at` (looking a bounded number of paragraphs and mentions back).
    const holding = new Set(holders);
    let looked = 0;
    for (let paragraph = at.paragraph; paragraph >= 0 && paragraph > at.paragraph - 20; paragraph--) {
      const entries = this.entries(paragraph);
      const from = paragraph === at.paragraph ? Attributor.firstFrom(entries, at.start) : entries.length;
      for (let i = from - 1; i >= 0 && looked < MAX_MENTIONS_BACK; i--, looked++) {
        if (holding.has(entries[i].person)) return entries[i].person;
      }
    }
    return holders[0];
  }

  /**
   * A reference to a person inside the narrator's words of `range`. A subject pronoun wins
   * (`На встрече с ректором она произнесла:` — "she", not the rector), then a name, then a
   * role noun.
   */
  reference(range: TextRange | null): Attribution | null {
    if (!range) return null;
    const tokens = this.indexes[range.paragraph].tokensBetween(range.start, range.end);
    const gender = clauseGender(tokens);
    for (const token of tokens) {
      const pronoun = subjectPronounGender(token.text);
      if (!pronoun) continue;
      const salient = this.salientPerson(range, pronoun === 'any' ? gender : pronoun);
      if (salient !== null) return { person: salient, confidence: CONFIDENCE.pronoun };
    }
    const mentions = this.mentionsByParagraph.get(range.paragraph) ?? [];
    const first = mentions[Attributor.firstFrom(mentions, range.start)];
    const named = first && first.start < range.end ? first : undefined;
    if (named) return { person: named.person, confidence: CONFIDENCE.name };
    for (let i = 0; i < tokens.length; i++) {
      const role = roleAt(tokens, i);
      if (!role) continue;
      const wanted = role.gender !== 'any' ? role.gender : gender;
      const holder = role.generic ? null : this.roleHolder(role.key, range, wanted);
      if (holder !== null) return { person: holder, confidence: CONFIDENCE.role };
      // Nobody is known to hold this role: the person just talked about may, unless the
      // text gave them another office ("said the President" after "rector A").
      const other = (person: Person): boolean => isOffice(role.key) && [...person.roles].some(isOffice);
      const salient = this.salientPerson(range, wanted, null, (person) => !other(person));
      if (salient !== null) return { person: salient, confidence: CONFIDENCE.pronoun };
    }
    return null;
  }

  /** Does the clause point at somebody (a pronoun, a role noun, a group like "студенттер"), resolvable or not? */
  mentionsSomeone(range: TextRange | null): boolean {
    if (!range) return false;
    const tokens = this.indexes[range.paragraph].tokensBetween(range.start, range.end);
    return tokens.some((token, i) => subjectPronounGender(token.text) !== null || roleAt(tokens, i, true) !== null);
  }

  hasSpeechVerb(range: TextRange | null): boolean {
    if (!range) return false;
    const tokens = this.indexes[range.paragraph].tokensBetween(range.start, range.end);
    return tokens.some((_, i) => speechVerbAt(tokens, i) > 0);
  }

  /** `Айгуль Сарсенбаева, координатор … ПРООН:` on the line before dash speech or a quote. */
  colonLine(quote: QuoteCandidate): Attribution | null {
    const p = quote.paragraph;
    if (p === 0 || !/^\s*[-–—«"“„]?\s*$/.test(this.paragraphs[p].slice(0, Math.max(0, quote.start - 1)))) return null;
    const previous = this.paragraphs[p - 1];
    if (!previous.trimEnd().endsWith(':')) return null;
    const sentences = this.indexes[p - 1].sentences;
    const [start] = sentences[sentences.length - 1] ?? [0, previous.length];
    const found = this.reference({ paragraph: p - 1, start, end: previous.length });
    return found && { person: found.person, confidence: CONFIDENCE.colonLine };
  }

  /** Anybody named between two positions? (Then a quote does not simply continue the last one.) */
  namedBetween(from: { paragraph: number; start: number }, to: { paragraph: number; start: number }, except: number | null): boolean {
    for (let paragraph = from.paragraph; paragraph <= to.paragraph; paragraph++) {
      const entries = this.entries(paragraph);
      const first = paragraph === from.paragraph ? Attributor.firstFrom(entries, from.start + 1) : 0;
      for (let i = first; i < entries.length && before(entries[i], to); i++) if (entries[i].person !== except) return true;
    }
    return false;
  }
}

/** Grammatical gender told by the clause: a Russian past-tense speech verb (`сказала`). */
function clauseGender(tokens: Token[]): Gender {
  for (let i = 0; i < tokens.length; i++) {
    if (speechVerbAt(tokens, i) > 0) {
      const gender = verbGender(tokens[i].text);
      if (gender !== 'any') return gender;
    }
  }
  return 'any';
}

function afterIsAttribution(quote: QuoteCandidate, paragraphs: string[], attributor: Attributor): boolean {
  if (!quote.after) return false;
  const text = paragraphs[quote.after.paragraph].slice(quote.after.start, quote.after.end);
  // A dash after the quote introduces the speaker even without a verb (`"…" - Associate Professor … Nurlanov.`).
  return attributor.hasSpeechVerb(quote.after) || /^\s*[,.!?…]?\s*[-–—]/.test(text);
}

export function attributeQuotes(quotes: QuoteCandidate[], input: Array<string | TextIndex>, scan: PeopleScan): Attribution[] {
  const indexes = input.map((item) => (typeof item === 'string' ? new TextIndex(item) : item));
  const paragraphs = indexes.map((index) => index.text);
  const attributor = new Attributor(indexes, scan);
  const none = (): Attribution => ({ person: null, confidence: 0 });

  // 1. Evidence next to each quote: the narrator's words after it, before it, a `Name:` line.
  const results = quotes.map((quote): Attribution => {
    if (quote.question) return none();
    const after = afterIsAttribution(quote, paragraphs, attributor) ? attributor.reference(quote.after) : null;
    return after ?? attributor.reference(quote.before) ?? attributor.colonLine(quote) ?? none();
  });

  // 2. Parts of one interrupted quote share the best-supported speaker.
  const best = new Map<number, Attribution>();
  quotes.forEach((quote, i) => {
    const current = best.get(quote.group);
    if (results[i].person !== null && (!current || results[i].confidence > current.confidence)) best.set(quote.group, results[i]);
  });
  quotes.forEach((quote, i) => {
    const shared = best.get(quote.group);
    if (shared && !quote.question && shared.person !== results[i].person && results[i].confidence < CONFIDENCE.name) {
      results[i] = { person: shared.person, confidence: Math.min(shared.confidence, CONFIDENCE.interrupted) };
    }
  });

  // 3. Weaker fallbacks, in reading order.
  quotes.forEach((quote, i) => {
    if (quote.question || results[i].person !== null) return;
    // The narrator named the speaker in a way we cannot resolve (`— спросила корреспондент`):
    // better no speaker than a guess.
    if (attributor.mentionsSomeone(quote.after) || attributor.mentionsSomeone(quote.before)) return;
    if (afterIsAttribution(quote, paragraphs, attributor)) {
      // `«…», – деп атап өтті.` — a verb with no subject: the person the text is about.
      const salient = attributor.salientPerson({ paragraph: quote.paragraph, start: quote.start }, 'any');
      if (salient !== null) {
        results[i] = { person: salient, confidence: CONFIDENCE.pronoun };
        return;
      }
    }
    // `Dean X awarded the winners. «…»`: a quote opening a sentence inside a paragraph that
    // has just introduced someone is theirs.
    const sentenceOpening = quote.paragraph === quote.endParagraph && quote.before === null && quote.start > 1;
    if (sentenceOpening) {
      const salient = attributor.salientInParagraph({ paragraph: quote.paragraph, start: quote.start });
      if (salient !== null) {
        results[i] = { person: salient, confidence: CONFIDENCE.previousQuote };
        return;
      }
    }
    if (i === 0) return;
    // Interview layout: a dash answer right after a question is the interviewee's.
    if (quote.kind === 'dash' && quotes[i - 1].question && quotes[i - 1].kind === 'dash') {
      const salient = attributor.salientPerson({ paragraph: quote.paragraph, start: quote.start }, 'any');
      if (salient !== null) {
        results[i] = { person: salient, confidence: CONFIDENCE.previousQuote };
        return;
      }
    }
    // A second quote right after the first, with nobody else named in between.
    const previous = quotes[i - 1];
    const previousResult = results[i - 1];
    const near = previous.endParagraph === quote.paragraph || (previous.endParagraph === quote.paragraph - 1 && quote.start <= 1);
    const from = { paragraph: previous.paragraph, start: previous.start };
    const to = { paragraph: quote.paragraph, start: quote.start };
    if (previousResult.person !== null && near && !attributor.namedBetween(from, to, previousResult.person)) {
      results[i] = { person: previousResult.person, confidence: CONFIDENCE.previousQuote };
    }
  });
  return results;
}
