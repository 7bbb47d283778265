/** A tiny path router: `/channels/:channelId/messages` style templates, literal segments first. */

export interface Match<T> {
  route: T;
  params: Record<string, string>;
}

interface Entry<T> {
  method: string;
  template: string;
  segments: string[];
  route: T;
}

export class Router<T> {
  readonly #entries: Entry<T>[] = [];

  add(method: string, template: string, route: T): void {
    this.#entries.push({ method, template, segments: template.split("/").filter(Boolean), route });
  }

  /**
   * Finds the route for `method` + `path`. `methodMismatch` is true when the path exists for some
   * other method (Discord answers 405 then). Literal segments beat parameters, so
   * `/webhooks/:a/:t/messages/@original` wins over `/webhooks/:a/:t/messages/:messageId`.
   */
  match(
    method: string,
    path: string,
  ):
    | { found: Match<T> & { template: string }; methodMismatch: false }
    | {
        found: null;
        methodMismatch: boolean;
      } {
    const parts = path.split("/").filter(Boolean).map(decodeSegment);
    let best: { entry: Entry<T>; params: Record<string, string>; score: number } | null = null;
    let methodMismatch = false;
    for (const entry of this.#entries) {
      const params = matchSegments(entry.segments, parts);
      if (!params) continue;
      if (entry.method !== method) {
        methodMismatch = true;
        continue;
      }
      const score = entry.segments.filter((segment) => !segment.startsWith(":")).length;
      if (!best || score > best.score) best = { entry, params, score };
    }
    return best
      ? {
          found: { route: best.entry.route, params: best.params, template: best.entry.template },
          methodMismatch: false,
        }
      : { found: null, methodMismatch };
  }
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

function matchSegments(template: string[], parts: string[]): Record<string, string> | null {
  if (template.length !== parts.length) return null;
  const params: Record<string, string> = {};
  for (const [index, segment] of template.entries()) {
    const part = parts[index];
    if (part === undefined) return null;
    if (segment.startsWith(":")) params[segment.slice(1)] = part;
    else if (segment !== part) return null;
  }
  return params;
}
