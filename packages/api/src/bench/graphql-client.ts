/** The benchmarks' and proof scripts' HTTP client: one POST to /graphql, timed and classified. */
import { DEMO_PASSWORD } from '../demo/index.js';

export interface Outcome<T> {
  /** From sending the request to the last byte of the answer. */
  ms: number;
  /** HTTP status; 0 when no answer came. */
  status: number;
  data?: T;
  /**
   * Why the request failed, as the scripts count failures: "<error code> (HTTP <status>)" for an
   * answer with GraphQL errors (the first error's code), "HTTP <status>" for an answer without
   * them, "no answer: <reason>" when none came. Absent on success.
   */
  error?: string;
  /** Characters of the answer. */
  size: number;
  /** The `name=value` of the session cookie the answer sets, if any. */
  cookie?: string;
}

interface GraphqlAnswer<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export interface RequestOptions {
  cookie?: string;
  /** Sent as the dashboard's Apollo client sends it. */
  operationName?: string;
}

export class GraphqlClient {
  readonly endpoint: string;

  /** `base` is the server's origin (http://127.0.0.1:PORT); every request gives up after `timeoutMs`. */
  constructor(
    readonly base: string,
    private readonly timeoutMs = 60_000,
  ) {
    this.endpoint = `${base}/graphql`;
  }

  async request<T = Record<string, any>>(
    query: string,
    variables: Record<string, unknown> = {},
    { cookie, operationName }: RequestOptions = {},
  ): Promise<Outcome<T>> {
    const started = performance.now();
    const elapsed = () => performance.now() - started;
    let response: Response;
    let text: string;
    try {
      response = await fetch(this.endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
        body: JSON.stringify({ operationName, query, variables }),
        signal: AbortSignal.timeout(this.timeoutMs),
      });
      text = await response.text();
    } catch (error) {
      return { ms: elapsed(), status: 0, size: 0, error: `no answer: ${reasonOf(error, this.timeoutMs)}` };
    }
    const ms = elapsed();
    const outcome = { ms, status: response.status, size: text.length, cookie: response.headers.get('set-cookie')?.split(';')[0] };
    let answer: GraphqlAnswer<T>;
    try {
      answer = JSON.parse(text) as GraphqlAnswer<T>;
    } catch {
      return { ...outcome, error: `HTTP ${response.status}, not JSON` };
    }
    if (answer.errors?.length) return { ...outcome, error: `${answer.errors[0].extensions?.code ?? 'no code'} (HTTP ${response.status})` };
    if (!response.ok) return { ...outcome, error: `HTTP ${response.status}` };
    return { ...outcome, data: answer.data ?? undefined };
  }

  /** Like request, but throws on any failure: for set-up steps the measurement depends on. */
  async data<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}, options: RequestOptions = {}): Promise<T> {
    const outcome = await this.request<T>(query, variables, options);
    if (outcome.error) throw new Error(`${options.operationName ?? query.slice(0, 60)} failed: ${outcome.error}`);
    return outcome.data!;
  }

  /** Signs a demo user in and returns the session cookie to send with their requests. */
  async signIn(username: string, password = DEMO_PASSWORD): Promise<string> {
    const outcome = await this.request(SIGN_IN, { username, password });
    if (outcome.error || !outcome.cookie) throw new Error(`Signing in as ${username} failed: ${outcome.error ?? 'no session cookie'}`);
    return outcome.cookie;
  }
}

export const SIGN_IN = 'mutation SignIn($username: String!, $password: String!) { login(username: $username, password: $password) { username } }';

function reasonOf(error: unknown, timeoutMs: number): string {
  const { name, message, cause } = error as { name?: string; message?: string; cause?: { code?: string } };
  if (name === 'TimeoutError') return `none within ${timeoutMs / 1000} s`;
  return cause?.code ?? message ?? String(error);
}
