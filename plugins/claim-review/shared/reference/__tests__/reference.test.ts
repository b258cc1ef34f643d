import { componentName, isFamilyPart, modelFamily } from '..';

describe('model family of a part number', () => {
  it('is the letters of the model code', () => {
    expect(modelFamily('DZ150')).toBe('DZ');
    expect(modelFamily('1WG40')).toBe('WG');
    expect(modelFamily('ts254')).toBe('TS');
  });

  it('matches parts of the family only, by the prefix and its dash', () => {
    expect(isFamilyPart('DZ-RA-100', 'DZ150')).toBe(true);
    expect(isFamilyPart('WG-GB-200', '1WG40')).toBe(true);
    expect(isFamilyPart('TS-GB-300', '1WG40')).toBe(false);
    expect(isFamilyPart('DZX-1', 'DZ150')).toBe(false);
    expect(isFamilyPart('X-1', '150')).toBe(false);
  });
});

describe('component names', () => {
  it('names known codes in both languages and shows an unknown code as itself', () => {
    expect(componentName('rear_axle')).toEqual({ zh: '后桥', en: 'Rear axle' });
    expect(componentName('gearbox').zh).toBe('变速箱');
    expect(componentName('hydraulics')).toEqual({ zh: 'hydraulics', en: 'hydraulics' });
  });
});
