import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

/**
 * The SHA-256 digest of a string (UTF-8), as lower-case hex. From `@noble/hashes` (audited,
 * pure JS), so core computes ruleset versions the same way in Node, inside n8n and in a
 * browser, with no crypto module to inject.
 *
 * @example
 * sha256Hex('abc') // 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'
 */
export const sha256Hex = (text: string): string => bytesToHex(sha256(utf8ToBytes(text)));
