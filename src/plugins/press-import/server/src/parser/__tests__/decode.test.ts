import * as iconv from 'iconv-lite';
import { controlCharacterRatio, decodeBytes, detectEncoding, isValidUtf8, sniffUtf16 } from '../decode';

// Texts that each code page can hold (KOI8-R and IBM866 have no guillemets or dashes).
const RUSSIAN =
  'В Казахском национальном университете имени аль-Фараби прошла встреча со студентами. "Мы рады видеть вас", - сказал ректор и поздравил всех с началом учебного года.';
const RUSSIAN_TYPOGRAPHIC = 'В Казахском национальном университете прошла встреча. «Мы рады видеть вас», — сказал ректор.';
const KAZAKH =
  'Әл-Фараби атындағы Қазақ ұлттық университетінде студенттермен кездесу өтті. «Біз сіздерді көргенімізге қуаныштымыз», – деді ректор. Өңірдегі мектептер де қатысты.';
const ENGLISH = 'The rector said: “We will open the café next year” – and thanked the guests.';

describe('decodeBytes', () => {
  it.each([
    ['utf-8', ENGLISH],
    ['utf-8', KAZAKH],
    ['windows-1251', RUSSIAN_TYPOGRAPHIC],
    ['koi8-r', RUSSIAN],
    ['ibm866', RUSSIAN],
    ['pt154', KAZAKH],
    ['rk1048', KAZAKH],
    ['windows-1252', ENGLISH],
  ])('Given text encoded as %s, when decoded, then the encoding and the text are recovered', (encoding, text) => {
    const bytes = iconv.encode(text, encoding);

    const decoded = decodeBytes(bytes);

    expect(decoded.encoding).toBe(encoding);
    expect(decoded.text).toBe(text);
  });

  it.each(['utf-16le', 'utf-16be'])('Given %s with a byte-order mark, when decoded, then the BOM decides', (encoding) => {
    const bytes = iconv.encode(KAZAKH, encoding, { addBOM: true });

    const decoded = decodeBytes(bytes);

    expect(decoded).toMatchObject({ encoding, text: KAZAKH });
  });

  it.each(['utf-16le', 'utf-16be'])('Given %s without a byte-order mark, when decoded, then the zero bytes give it away', (encoding) => {
    const bytes = iconv.encode(`${ENGLISH} ${RUSSIAN}`, encoding);

    expect(sniffUtf16(bytes)).toBe(encoding);
    expect(decodeBytes(bytes).text).toBe(`${ENGLISH} ${RUSSIAN}`);
  });

  it('Given UTF-8 with a BOM, when decoded, then the BOM is dropped and the encoding is utf-8', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(RUSSIAN, 'utf8')]);

    const decoded = decodeBytes(bytes);

    expect(decoded).toMatchObject({ encoding: 'utf-8', text: RUSSIAN });
  });

  it('Given Russian-only text in windows-1251, when decoded, then windows-1251 wins the tie with the Kazakh code pages', () => {
    const bytes = iconv.encode(RUSSIAN_TYPOGRAPHIC, 'windows-1251');

    expect(detectEncoding(bytes).encoding).toBe('windows-1251');
    expect(detectEncoding(bytes).uncertain).toBe(false);
  });
});

describe('isValidUtf8', () => {
  it('Given a lone continuation byte, when checked, then it is not UTF-8', () => {
    expect(isValidUtf8(Buffer.from([0x41, 0x80, 0x41]))).toBe(false);
    expect(isValidUtf8(Buffer.from('Қазақ', 'utf8'))).toBe(true);
  });
});

describe('controlCharacterRatio', () => {
  it('Given text with control characters, when measured, then layout whitespace does not count', () => {
    expect(controlCharacterRatio('a\tb\nc\r\n')).toBe(0);
    expect(controlCharacterRatio('ab\u0001\u0002')).toBe(0.5);
  });
});

describe('mostly-UTF-8 files', () => {
  const iconvLite = require('iconv-lite');
  const { decodeBytes: decode } = require('../decode');

  test('a paragraph in windows-1251 inside a UTF-8 file is decoded with its own code page', () => {
    const bytes = Buffer.concat([
      Buffer.from('Смешанные кодировки\n\nПервый абзац в UTF-8.\n\n', 'utf8'),
      iconvLite.encode('Второй абзац в cp1251.\n', 'win1251'),
    ]);
    const decoded = decode(bytes);
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.text).toBe('Смешанные кодировки\n\nПервый абзац в UTF-8.\n\nВторой абзац в cp1251.\n');
    expect(decoded.mixed).toEqual({ lines: [5], otherEncoding: 'windows-1251', replaced: 0 });
  });

  test('a stray byte in a long UTF-8 line becomes U+FFFD instead of turning the file into mojibake', () => {
    const line = 'Ректор встретился со студентами и преподавателями университета. '.repeat(5);
    const bytes = Buffer.concat([Buffer.from(line.slice(0, 40), 'utf8'), Buffer.from([0xff]), Buffer.from(`${line.slice(40)}\n`, 'utf8')]);
    const decoded = decode(bytes);
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.text).toContain('Ректор встретился');
    expect(decoded.mixed.replaced).toBe(1);
  });

  test('a file in one single-byte code page is not mistaken for mixed UTF-8', () => {
    const decoded = decode(iconvLite.encode('Ректор встретился со студентами\n\nВторой абзац.\n', 'win1251'));
    expect(decoded.encoding).toBe('windows-1251');
    expect(decoded.mixed).toBeUndefined();
  });
});
