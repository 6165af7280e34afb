import { detectLanguage } from '../language';

describe('detectLanguage', () => {
  it('Given English prose, when detected, then it is en', () => {
    expect(detectLanguage('The rector of the university met the students and said that the campus will be ready in 2028.')).toBe('en');
  });

  it('Given Russian prose, when detected, then it is ru', () => {
    expect(
      detectLanguage('Ректор университета встретился со студентами и рассказал о новом кампусе, который будет построен в 2028 году.'),
    ).toBe('ru');
  });

  it('Given Kazakh prose, when detected, then it is kk', () => {
    expect(
      detectLanguage(
        'Университет ректоры студенттермен кездесіп, жаңа кампус туралы айтты. Кампус 2028 жылы салынады және ол заманауи болады.',
      ),
    ).toBe('kk');
  });

  it('Given Russian prose that quotes a Kazakh name and a Kazakh phrase, when detected, then it stays ru', () => {
    const text =
      'На встрече с ректором Әсел Жұмабекқызы произнесла по-казахски: «Елге оралу – парыз». Она рассказала, что вернулась в Казахстан и преподает в университете.';

    expect(detectLanguage(text)).toBe('ru');
  });

  it('Given Kazakh written in the Latin script, when detected, then it is kk', () => {
    expect(
      detectLanguage(
        'Asel Nurlanqyzy jäne studentter universitette kezdesti. Bul kezdesu turaly rektor aitty, dedi ol. Olar üşin bul mañyzdy.',
      ),
    ).toBe('kk');
  });
});
