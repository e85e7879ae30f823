/** `parley token create --role editor|reader`, `parley token list`, `parley token revoke ID`: API bearer tokens. */
import type { Command } from "commander";
import { defaultDb } from "../../store/open.ts";
import { defaultTokenPath, openTokenStore, ROLES, type Role, type TokenStore } from "../../server/tokens.ts";
import { EXIT, fail, type CliIo } from "../io.ts";

interface TokenOptions { db?: string; tokens?: string }

function open(opts: TokenOptions, io: CliIo): TokenStore | null {
  const path = opts.tokens ?? defaultTokenPath(opts.db ?? defaultDb(process.env));
  try {
    const tokens = openTokenStore(path);
    if (tokens.tightened) io.stderr.write(`parley: token: warning: ${tokens.tightened}\n`);
    return tokens;
  } catch (e) {
    fail(io, EXIT.badArgs, `token: cannot open ${path}: ${(e as Error).message}`);
    return null;
  }
}

export function register(program: Command, io: CliIo): void {
  const token = program.command("token").description("API bearer tokens (stored as SHA-256 hashes next to the database)");
  const where = (c: Command): Command => c
    .option("--db <path>", "the store whose tokens to use: <file>.tokens, or ./parley.tokens for a postgres:// store (default: $PARLEY_DB or ./parley.db)")
    .option("--tokens <path>", "token file (default: <db>.tokens)");

  where(token.command("create").description("make a token and print it once"))
    .requiredOption("--role <role>", "editor (may POST articles) or reader (may read when reads need a token)")
    .option("--label <text>", "a note saying whose token this is")
    .action((opts: TokenOptions & { role: string; label?: string }) => {
      if (!ROLES.includes(opts.role as Role)) return fail(io, EXIT.badArgs, `token create: --role takes editor or reader, not ${opts.role}`);
      const tokens = open(opts, io);
      if (!tokens) return;
      try {
        const { token: secret, info } = tokens.create(opts.role as Role, new Date(), opts.label ?? null);
        io.stdout.write(`${secret}\n`);
        io.stderr.write(`parley: token ${info.id} (${info.role}) created; it is shown only now. Send it as "Authorization: Bearer <token>".\n`);
      } finally { tokens.close(); }
    });

  where(token.command("list").description("list tokens (ids and roles, never the secrets)"))
    .action((opts: TokenOptions) => {
      const tokens = open(opts, io);
      if (!tokens) return;
      try {
        for (const t of tokens.list()) io.stdout.write(`${t.id}\t${t.role}\t${t.created}\t${t.label ?? ""}\n`);
      } finally { tokens.close(); }
    });

  where(token.command("revoke").description("revoke a token by its id").argument("<id>", "id from token list"))
    .action((id: string, opts: TokenOptions) => {
      const tokens = open(opts, io);
      if (!tokens) return;
      try {
        if (!tokens.revoke(id)) fail(io, EXIT.badArgs, `token revoke: no token ${id}`);
        else io.stdout.write(`revoked ${id}\n`);
      } finally { tokens.close(); }
    });
}
