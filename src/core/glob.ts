/**
 * Glob patterns over slash-separated paths, as settings such as `newsAnnotator.exclude` and the
 * workspace view's filter write them: `*` (any characters but `/`), `?` (one character but `/`),
 * `**` (any number of folders), `{a,b}` (alternatives, nestable), `[abc]` / `[!abc]` (a character
 * class). Matching is case-sensitive and covers the whole path. Pure.
 */

const SPECIAL = /[.+^$()|\\]/;

function translate(glob: string, i: number, depth: number): { source: string; end: number } {
  let out = '';
  while (i < glob.length) {
    const c = glob[i];
    if (c === '*') {
      if (glob[i + 1] === '*') {
        // `**/` at a folder boundary: zero or more folders; a lone `**`: anything
        const atStart = i === 0 || glob[i - 1] === '/' || glob[i - 1] === '{' || glob[i - 1] === ',';
        let j = i + 2;
        while (glob[j] === '*') j++;
        if (atStart && glob[j] === '/') {
          out += '(?:[^/]*/)*';
          i = j + 1;
        } else {
          out += '.*';
          i = j;
        }
      } else {
        out += '[^/]*';
        i++;
      }
    } else if (c === '?') {
      out += '[^/]';
      i++;
    } else if (c === '[') {
      const close = glob.indexOf(']', i + 2);
      if (close === -1) {
        out += '\\[';
        i++;
      } else {
        let body = glob.slice(i + 1, close);
        const negate = body[0] === '!' || body[0] === '^';
        if (negate) body = body.slice(1);
        out += `[${negate ? '^/' : ''}${body.replace(/[\\\]^]/g, '\\$&')}]`;
        i = close + 1;
      }
    } else if (c === '{') {
      const alternatives: string[] = [];
      let j = i + 1;
      for (;;) {
        const part = translate(glob, j, depth + 1);
        alternatives.push(part.source);
        j = part.end;
        if (glob[j] === ',') j++;
        else break;
      }
      if (glob[j] === '}') {
        out += `(?:${alternatives.join('|')})`;
        i = j + 1;
      } else {
        // no closing brace: a literal `{`
        out += '\\{';
        i++;
      }
    } else if (depth > 0 && (c === ',' || c === '}')) {
      return { source: out, end: i };
    } else {
      out += SPECIAL.test(c) ? `\\${c}` : c;
      i++;
    }
  }
  return { source: out, end: i };
}

/** The regular expression of a glob, anchored at both ends. */
export function globToRegExp(glob: string): RegExp {
  return new RegExp(`^${translate(glob.replace(/\\/g, '/'), 0, 0).source}$`);
}

const compiled = new Map<string, RegExp>();

/** True when `path` (slash-separated) matches `glob`. */
export function matchesGlob(path: string, glob: string): boolean {
  let re = compiled.get(glob);
  if (!re) {
    re = globToRegExp(glob);
    if (compiled.size > 200) compiled.clear();
    compiled.set(glob, re);
  }
  return re.test(path);
}

/**
 * The first of `globs` a file matches, tried against its path relative to its workspace folder
 * and against its absolute path (so `drafts/**` and `**\/drafts/**` both work); undefined when none.
 */
export function firstMatch(globs: readonly string[], relativePath: string, absolutePath: string): string | undefined {
  return globs.find((g) => matchesGlob(relativePath, g) || matchesGlob(absolutePath, g));
}
