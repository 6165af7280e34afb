import { imageRank, imagesFor, sniffImageType } from '../images';

describe('photos that belong to a press file', () => {
  test('release.jpg, release-2.jpg … belong to release.txt, cover first', () => {
    const names = ['release-10.png', 'release-2.jpg', 'other.jpg', 'release.txt', 'release.JPG', 'release-notes.jpg', 'releases.jpg'];
    expect(imagesFor('release.txt', names)).toEqual(['release.JPG', 'release-2.jpg', 'release-10.png']);
  });

  test('non-images and other base names do not', () => {
    expect(imageRank('release.txt', 'release.pdf')).toBeNull();
    expect(imageRank('release.txt', 'release-x.jpg')).toBeNull();
  });
});

describe('sniffImageType', () => {
  test.each([
    [[0xff, 0xd8, 0xff, 0xe0], 'image/jpeg'],
    [[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'image/png'],
    [[0x47, 0x49, 0x46, 0x38, 0x39, 0x61], 'image/gif'],
    [[0x52, 0x49, 0x46, 0x46, 0, 0, 0, 0, 0x57, 0x45, 0x42, 0x50], 'image/webp'],
    [[...Buffer.from('this is not a jpeg')], null],
    [[], null],
  ])('%j → %s', (bytes, type) => {
    expect(sniffImageType(Uint8Array.from(bytes))).toBe(type);
  });
});
