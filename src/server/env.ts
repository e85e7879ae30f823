/** The per-request values middleware hands to routes. */
import type { Role } from "./tokens.ts";

/** Who is calling: the token's role (null when no token was sent) and the key rate limits count against. */
export interface Principal {
  readonly role: Role | null;
  /** `token:<id>` or `ip:<address>` */
  readonly key: string;
}

export interface AppEnv {
  Variables: { principal: Principal };
}
