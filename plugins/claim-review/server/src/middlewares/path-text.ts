import { hasControlCharacters, hasLoneSurrogate } from '../../../shared';

/**
 * Whether a path segment decodes to text no record can be named by: bytes that are not
 * UTF-8, a control character, half a surrogate pair. PostgreSQL refuses such text in a
 * query (SQLite looks it up and finds nothing), so these paths are answered 404 before
 * any query, the same on both databases.
 */
export function namesNothing(path: string): boolean {
  for (const segment of path.split('/')) {
    let text: string;
    try {
      text = decodeURIComponent(segment);
    } catch {
      return true;
    }
    if (hasControlCharacters(text) || hasLoneSurrogate(text)) return true;
  }
  return false;
}
