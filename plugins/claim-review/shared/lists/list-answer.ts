import type { ListAnswer, Pagination } from '../contracts/answers';

/** docs/api.md list meta; pageCount is 0 for an empty list, as Strapi answers. */
export function pagination(page: number, pageSize: number, total: number): Pagination {
  return { page, pageSize, pageCount: Math.ceil(total / pageSize), total };
}

export function listAnswer<T>(data: T[], page: number, pageSize: number, total: number): ListAnswer<T> {
  return { data, meta: { pagination: pagination(page, pageSize, total) } };
}

/** The slice a page takes, for stores that cannot page themselves. */
export function pageWindow(page: number, pageSize: number): { start: number; limit: number } {
  return { start: (page - 1) * pageSize, limit: pageSize };
}
