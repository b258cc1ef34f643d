import { nestFieldErrors } from '../schemaResolver';
import { readNumber } from '../numbers';

describe('form helpers', () => {
  it('reads numbers typed through a Chinese IME', () => {
    expect(readNumber('１２．５')).toBe(12.5);
    expect(readNumber(' 3。0 ')).toBe(3);
    expect(readNumber('')).toBeUndefined();
    expect(readNumber('abc')).toBeNaN();
  });

  it('nests dotted server paths for react-hook-form', () => {
    expect(nestFieldErrors({ 'parts.1.qty': 'too_big', serial: 'required' })).toEqual({
      parts: [undefined, { qty: { type: 'too_big', message: 'too_big' } }],
      serial: { type: 'required', message: 'required' },
    });
  });
});
