/**
 * Highlight colours of quotes. Semi-transparent backgrounds with a solid underline read
 * well on the light and the dark admin theme.
 */
export type QuoteColor = { background: string; border: string };

const PALETTE: QuoteColor[] = [
  { background: 'rgba(73, 69, 255, 0.16)', border: 'rgb(73, 69, 255)' }, // indigo
  { background: 'rgba(238, 94, 82, 0.18)', border: 'rgb(208, 43, 32)' }, // red
  { background: 'rgba(50, 128, 72, 0.18)', border: 'rgb(50, 128, 72)' }, // green
  { background: 'rgba(241, 160, 0, 0.22)', border: 'rgb(190, 120, 0)' }, // amber
  { background: 'rgba(160, 60, 200, 0.16)', border: 'rgb(140, 50, 180)' }, // purple
  { background: 'rgba(0, 150, 170, 0.18)', border: 'rgb(0, 125, 145)' }, // teal
  { background: 'rgba(220, 80, 160, 0.16)', border: 'rgb(190, 50, 130)' }, // pink
  { background: 'rgba(120, 90, 50, 0.18)', border: 'rgb(120, 90, 50)' }, // brown
];

/** A quote nobody could be credited with. */
export const UNATTRIBUTED_COLOR: QuoteColor = { background: 'rgba(128, 128, 144, 0.2)', border: 'rgb(128, 128, 144)' };

const hash = (text: string) => {
  let h = 2166136261;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
};

/**
 * A colour per speaker: derived from the name (the same speaker gets the same colour
 * in every file), moved to the next free colour when two speakers of one file collide.
 */
export function speakerColors(names: string[]): Map<string, QuoteColor> {
  const colors = new Map<string, QuoteColor>();
  const used = new Set<number>();
  for (const name of [...new Set(names)].sort()) {
    let slot = hash(name.normalize('NFC').toLowerCase()) % PALETTE.length;
    for (let tries = 0; tries < PALETTE.length && used.has(slot); tries += 1) slot = (slot + 1) % PALETTE.length;
    used.add(slot);
    colors.set(name, PALETTE[slot]);
  }
  return colors;
}

export const colorOf = (colors: Map<string, QuoteColor>, speaker: string | null | undefined) =>
  (speaker && colors.get(speaker)) || UNATTRIBUTED_COLOR;
