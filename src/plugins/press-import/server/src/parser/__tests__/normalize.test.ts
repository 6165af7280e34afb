import { normalizeText, repairHomoglyphs, repairWordScript } from '../normalize';

describe('normalizeText', () => {
  it('Given CRLF, lone CR, tabs, NBSPs, trailing spaces and leading blank lines, when normalized, then one clean layout remains', () => {
    const raw = '\r\n\r\n\tTitle \t\r\rFirst\u00a0paragraph  with   spaces.  \rSecond line\u200b.\r\n';

    const { text } = normalizeText(raw);

    expect(text).toBe('Title\n\nFirst paragraph with spaces.\nSecond line.');
  });

  it('Given a Cyrillic М inside a Latin name, when normalized, then the name is written in Latin letters', () => {
    const { text, homoglyphWords } = normalizeText('Professor Мukhametkali met KazNU students.');

    expect(text).toBe('Professor Mukhametkali met KazNU students.');
    expect(homoglyphWords).toBe(1);
  });

  it('Given Latin look-alikes inside a Cyrillic word, when normalized, then the word is written in Cyrillic', () => {
    // "Сейткали" with a Latin C and a Latin e, "білім" with Latin i (common in Kazakh typing).
    expect(repairHomoglyphs('Ceйткали и бiлiм').text).toBe('Сейткали и білім');
  });
});

describe('repairWordScript', () => {
  it('Given a word whose both scripts have letters without look-alikes, when repaired, then it is left alone', () => {
    expect(repairWordScript('Qазақ')).toBe('Qазақ');
  });

  it('Given a word in a single script, when repaired, then nothing changes', () => {
    expect(repairWordScript('Almaty')).toBe('Almaty');
    expect(repairWordScript('Алматы')).toBe('Алматы');
  });
});
