/** Command-line parsing shared by the subcommands. */

export class UsageError extends Error {}

export interface ParsedArgs {
  paths: string[];
  values: Map<string, string>;
  flags: Set<string>;
}

/**
 * Splits arguments into paths, `--name value` / `--name=value` options (those in `valued`) and
 * flags. `-h`/`--help` anywhere gives 'help'; `--` ends the options.
 */
export function parseCommandLine(argv: readonly string[], valued: readonly string[], flags: readonly string[] = []): ParsedArgs | 'help' {
  const out: ParsedArgs = { paths: [], values: new Map(), flags: new Set() };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '-h' || a === '--help') return 'help';
    if (a === '--') {
      out.paths.push(...argv.slice(i + 1));
      break;
    }
    const eq = a.indexOf('=');
    const name = a.startsWith('--') && eq > 0 ? a.slice(0, eq) : a;
    if (valued.includes(name)) {
      const v = name === a ? argv[++i] : a.slice(eq + 1);
      if (v === undefined || v === '') throw new UsageError(`${name} needs a value`);
      out.values.set(name, v);
    } else if (flags.includes(a)) out.flags.add(a);
    else if (a.startsWith('-') && a !== '-') throw new UsageError(`unknown option ${a}`);
    else out.paths.push(a);
  }
  return out;
}

/** The value of an option that takes one of `allowed`. */
export function choice<T extends string>(args: ParsedArgs, name: string, allowed: readonly T[], fallback?: T): T {
  const v = args.values.get(name);
  if (v === undefined) {
    if (fallback !== undefined) return fallback;
    throw new UsageError(`${name} is required (${allowed.join(', ')})`);
  }
  if (!(allowed as readonly string[]).includes(v)) throw new UsageError(`${name} takes ${allowed.join(', ')}, not "${v}"`);
  return v as T;
}

/** A subcommand: parses its arguments (after the command name) into a runner, or 'help'. */
export interface Subcommand {
  parse(argv: readonly string[]): 'help' | ((out: (s: string) => void, err: (s: string) => void) => number);
}
