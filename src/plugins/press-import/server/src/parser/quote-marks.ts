/**
 * Finding quotation marks in one paragraph and pairing them, whatever the typography:
 * straight "…", English “…”, Russian/German „…“, guillemets «…», single ‹…› and ‘…’,
 * nesting, marks used the wrong way round, and openings or closings that are missing.
 */

export type MarkFamily = 'guillemet' | 'single-guillemet' | 'double' | 'single' | 'lost';

export interface MarkSpan {
  /** Offset of the opening mark, or -1 when the quote has no opening mark in this paragraph. */
  open: number;
  /** Offset of the closing mark, or -1 when it is not closed in this paragraph. */
  close: number;
  family: MarkFamily;
  openChar: string;
  /** Nesting depth: 0 for a top-level quote. */
  depth: number;
  /** Spans directly inside this one. */
  children: MarkSpan[];
  /** The closing mark is shared with a nested title (`"…"Baikonur Tour"`): keep it in the text. */
  sharedClose?: boolean;
}

export interface ParagraphMarks {
  /** Top-level closed spans and unclosed openings (close = -1), in text order. */
  spans: MarkSpan[];
  /** Closing marks with no opening before them (possible ends of quotes that began earlier). */
  orphanCloses: Array<{ at: number; family: MarkFamily }>;
}

const isSpace = (c: string | undefined): boolean => c === undefined || c === ' ' || c === '\n';
const OPEN_CONTEXT = /[([{\-–—:;,/«“„‹‘"']/;
const CLOSE_CONTEXT = /[.,;:!?)\]}\-–—…»”“›’"']/;
const LETTER = /\p{L}/u;

function flanking(text: string, at: number): { left: boolean; right: boolean } {
  const prev = at > 0 ? text[at - 1] : undefined;
  const next = at + 1 < text.length ? text[at + 1] : undefined;
  const left = !isSpace(next) && (isSpace(prev) || OPEN_CONTEXT.test(prev!));
  const right = !isSpace(prev) && (isSpace(next) || CLOSE_CONTEXT.test(next!));
  return { left, right };
}

interface OpenEntry {
  span: MarkSpan;
}

/** The openings not closed yet, with a count per family (a look-up, not a scan, per mark). */
class OpenStack {
  readonly entries: OpenEntry[] = [];
  private readonly counts = new Map<MarkFamily, number>();

  get length(): number {
    return this.entries.length;
  }

  get top(): MarkSpan | undefined {
    return this.entries[this.entries.length - 1]?.span;
  }

  open(entry: OpenEntry): void {
    this.entries.push(entry);
    this.counts.set(entry.span.family, (this.counts.get(entry.span.family) ?? 0) + 1);
  }

  /** Drops the entries from `index` up. */
  truncate(index: number): void {
    for (let i = index; i < this.entries.length; i++) {
      const family = this.entries[i].span.family;
      this.counts.set(family, this.counts.get(family)! - 1);
    }
    this.entries.length = index;
  }

  has(family: MarkFamily): boolean {
    return (this.counts.get(family) ?? 0) > 0;
  }
}

/** Is there an opening of this family on the stack? */
const hasOpen = (stack: OpenStack, family: MarkFamily): boolean => stack.has(family);

type Role = 'open' | 'close' | 'ignore';

/**
 * Decides whether a mark opens or closes, from its shape, the characters around it and
 * what is open already. Straight and curly double quotes share one family because sloppy
 * texts mix them (`“…"`).
 */
function markRole(text: string, at: number, stack: OpenStack): { role: Role; family: MarkFamily } {
  const ch = text[at];
  const { left, right } = flanking(text, at);
  const top = stack.top;
  switch (ch) {
    case '«':
      return { role: 'open', family: 'guillemet' };
    case '»':
      return { role: 'close', family: 'guillemet' };
    case '‹':
      return { role: 'open', family: 'single-guillemet' };
    case '›':
      return { role: 'close', family: 'single-guillemet' };
    case '„':
      return { role: 'open', family: 'double' };
    case '‚':
      return { role: left ? 'open' : 'ignore', family: 'single' };
    case '“': {
      // German/Russian „…“ closes with “; English opens with it.
      if (top?.family === 'double' && top.openChar === '„' && !(left && !right)) return { role: 'close', family: 'double' };
      if (left && !right) return { role: 'open', family: 'double' };
      if (right) return { role: 'close', family: 'double' };
      return { role: hasOpen(stack, 'double') ? 'close' : 'open', family: 'double' };
    }
    case '”':
      // `…doubled, ”the rector emphasized`: a closing mark that slipped after the space.
      if (hasOpen(stack, 'double')) return { role: 'close', family: 'double' };
      return { role: left && !right ? 'open' : 'close', family: 'double' };
    case '"': {
      const open = hasOpen(stack, 'double');
      if (left && !right) {
        // `relevant, "the expert added`: a closing mark typed after the comma and space.
        if (open && /[,.!?] $/.test(text.slice(Math.max(0, at - 2), at)) && /^\p{Ll}/u.test(text.slice(at + 1, at + 2))) {
          return { role: 'close', family: 'double' };
        }
        return { role: 'open', family: 'double' };
      }
      if (right && !left) return { role: 'close', family: 'double' };
      return { role: open ? 'close' : 'open', family: 'double' };
    }
    case '‘':
      return { role: left ? 'open' : 'ignore', family: 'single' };
    case '’': {
      // An apostrophe (Kazakhstan’s) sits between letters; only close an opened ‘.
      const prev = text[at - 1];
      const next = text[at + 1];
      if (prev !== undefined && next !== undefined && LETTER.test(prev) && LETTER.test(next)) return { role: 'ignore', family: 'single' };
      return { role: hasOpen(stack, 'single') && right ? 'close' : 'ignore', family: 'single' };
    }
    case '?': {
      // Marks lost to a bad conversion: `?We will open a branch soon?, the Rector said.`
      if (left && !right && /\p{Lu}/u.test(text[at + 1] ?? '') && (at === 0 || /[\s:]/.test(text[at - 1]))) {
        return { role: 'open', family: 'lost' };
      }
      return { role: hasOpen(stack, 'lost') && right ? 'close' : 'ignore', family: 'lost' };
    }
    default:
      return { role: 'ignore', family: 'double' };
  }
}

const MARK_CHARS = /["“”„«»‹›‘’‚?]/g;

export function scanQuoteMarks(text: string): ParagraphMarks {
  const stack = new OpenStack();
  const spans: MarkSpan[] = [];
  const orphanCloses: ParagraphMarks['orphanCloses'] = [];
  MARK_CHARS.lastIndex = 0;
  for (let m = MARK_CHARS.exec(text); m !== null; m = MARK_CHARS.exec(text)) {
    const at = m.index;
    const { role, family } = markRole(text, at, stack);
    if (role === 'ignore') continue;
    if (role === 'open') {
      const span: MarkSpan = { open: at, close: -1, family, openChar: text[at], depth: stack.length, children: [] };
      const parent = stack.top;
      if (parent) parent.children.push(span);
      else spans.push(span);
      stack.open({ span });
      continue;
    }
    // Walking down to the opening pops everything above it, so the walk is paid for once.
    let index = stack.has(family) ? stack.length - 1 : -1;
    while (index >= 0 && stack.entries[index].span.family !== family) index--;
    if (index < 0) {
      if (family !== 'lost' && family !== 'single') orphanCloses.push({ at, family });
      continue;
    }
    stack.entries[index].span.close = at;
    // Openings left inside a closed quote stay unclosed children; they are part of its text.
    stack.truncate(index);
  }
  // A lost-mark "opening" that never closed was a real question mark after all.
  return { spans: spans.filter((span) => !(span.family === 'lost' && span.close === -1)), orphanCloses };
}

/**
 * One straight mark closing both a nested title and the quote around it:
 * `"We analysed a post of the agency "Baikonur Tour", - said …`. When a top-level quote is
 * still open at the end of the paragraph and one of its closed children is followed by an
 * attribution, the quote ends there too.
 */
export function closeAtNestedAttribution(text: string, span: MarkSpan): boolean {
  if (span.close !== -1) return false;
  for (const child of span.children) {
    if (child.close === -1 || child.family !== span.family) continue;
    if (attributionFollows(text, child.close)) {
      span.close = child.close;
      span.sharedClose = true;
      return true;
    }
  }
  return false;
}

/** `…», – деді`, `…", - said`, `…," he said`: the narrator takes over after a closing mark. */
function attributionFollows(text: string, close: number): boolean {
  const after = text.slice(close + 1, close + 40);
  return /^\s*[,.!?…]?\s*[-–—]\s+\p{Ll}/u.test(after) || /^\s*,\s+\p{Ll}/u.test(after);
}

/**
 * `«Narration. More narration “Speech”, – деді ол. …` with the first mark never closed: the
 * opening was stray. It holds whole sentences before a nested quote of another kind that
 * the narrator attributes, so the text around that quote is the narrator's.
 */
export function isStrayOpening(text: string, span: MarkSpan): boolean {
  if (span.close !== -1) return false;
  const child = span.children.find((nested) => nested.close !== -1 && nested.family !== span.family && attributionFollows(text, nested.close));
  return child !== undefined && /[.!?…]\s+\p{Lu}/u.test(text.slice(span.open + 1, child.open));
}
