import { HttpResponse, http, server } from '../../test/server';
import { ApiError, configureAuth, request } from '../client';

describe('api client', () => {
  afterEach(() => configureAuth({ token: () => null, onUnauthenticated: () => undefined }));

  it('sends the bearer token and reads the docs/api.md error body', async () => {
    let auth: string | null = null;
    server.use(
      http.get('*/api/claim-review/x', ({ request: r }) => {
        auth = r.headers.get('Authorization');
        return HttpResponse.json(
          { error: { status: 409, code: 'CONFLICT', message: { zh: '冲突', en: 'Conflict' }, details: { reason: 'WRONG_STATE' } } },
          { status: 409 },
        );
      }),
    );
    configureAuth({ token: () => 'abc', onUnauthenticated: () => undefined });
    const e = (await request('GET', '/api/claim-review/x').catch((x) => x)) as ApiError;
    expect(auth).toBe('Bearer abc');
    expect(e).toBeInstanceOf(ApiError);
    expect(e).toMatchObject({ status: 409, code: 'CONFLICT', serverMessage: { zh: '冲突', en: 'Conflict' }, details: { reason: 'WRONG_STATE' } });
  });

  it('tells the session about a refused token, and reports a network failure', async () => {
    const expired = jest.fn();
    configureAuth({ token: () => 'old', onUnauthenticated: expired });
    server.use(
      http.get('*/api/claim-review/y', () => new HttpResponse('<html>', { status: 401 })),
      http.get('*/api/claim-review/z', () => HttpResponse.error()),
    );
    await expect(request('GET', '/api/claim-review/y')).rejects.toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
    expect(expired).toHaveBeenCalledTimes(1);
    await expect(request('GET', '/api/claim-review/z')).rejects.toMatchObject({ status: 0, code: 'NETWORK' });
  });
});
