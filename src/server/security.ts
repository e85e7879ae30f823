/**
 * Security headers for every response: a strict Content-Security-Policy (no inline script or style, nothing from
 * other origins, Trusted Types enforced so no string reaches an HTML sink), no framing, no sniffing, no referrer.
 */
import { secureHeaders } from "hono/secure-headers";

/** @example app.use("*", securityHeaders()) */
export function securityHeaders() {
  return secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"], scriptSrc: ["'self'"], styleSrc: ["'self'"], imgSrc: ["'self'", "data:"],
      connectSrc: ["'self'"], fontSrc: ["'self'"], objectSrc: ["'none'"], baseUri: ["'none'"],
      frameSrc: ["'none'"], frameAncestors: ["'none'"], formAction: ["'none'"],
      requireTrustedTypesFor: ["'script'"], trustedTypes: ["'none'"],
    },
    crossOriginEmbedderPolicy: "require-corp",
    referrerPolicy: "no-referrer",
    xFrameOptions: "DENY",
    strictTransportSecurity: false,
    permissionsPolicy: { camera: [], microphone: [], geolocation: [], payment: [], usb: [] },
  });
}
