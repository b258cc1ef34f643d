import { listAnswer, pageWindow, pagination } from '../list-answer';

describe('list answers', () => {
  it('builds the docs/api.md meta', () => {
    expect(listAnswer(['a'], 2, 25, 26)).toEqual({
      data: ['a'],
      meta: { pagination: { page: 2, pageSize: 25, pageCount: 2, total: 26 } },
    });
    expect(pagination(1, 25, 0).pageCount).toBe(0);
    expect(pagination(1, 100, 100).pageCount).toBe(1);
    expect(pageWindow(3, 25)).toEqual({ start: 50, limit: 25 });
  });
});
