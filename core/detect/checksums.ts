/** Checksums that tell a real card, IBAN or national ID number from a random one. */

/**
 * Luhn (mod 10) check used by payment cards.
 *
 * @example
 * luhn('4242424242424242') // true
 */
export const luhn = (digits: string): boolean => {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
};

/**
 * ISO 13616 IBAN check: move the first four characters to the end, letters to numbers,
 * and the result mod 97 must be 1.
 *
 * @example
 * ibanValid('DE89370400440532013000') // true
 */
export const ibanValid = (iban: string): boolean => {
  const s = iban.toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(s)) return false;
  const moved = s.slice(4) + s.slice(0, 4);
  let rest = 0;
  for (const c of moved) {
    const v = c >= 'A' ? c.charCodeAt(0) - 55 : c.charCodeAt(0) - 48;
    rest = v > 9 ? (rest * 100 + v) % 97 : (rest * 10 + v) % 97;
  }
  return rest === 1;
};

/** Spanish DNI/NIE: the letter is a checksum of the number. */
export const dniValid = (id: string): boolean => {
  const s = id.toUpperCase().replace(/-/g, '');
  const m = /^([XYZ]?)(\d{7,8})([A-Z])$/.exec(s);
  if (!m) return false;
  const prefix = m[1] ? String('XYZ'.indexOf(m[1])) : '';
  const n = Number(prefix + m[2]);
  return 'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23] === m[3];
};

/** Brazilian CPF: two mod-11 check digits. */
export const cpfValid = (id: string): boolean => {
  const d = id.replace(/\D/g, '');
  if (d.length !== 11 || /^(\d)\1{10}$/.test(d)) return false;
  const check = (len: number) => {
    let sum = 0;
    for (let i = 0; i < len; i++) sum += Number(d[i]) * (len + 1 - i);
    const r = (sum * 10) % 11;
    return (r === 10 ? 0 : r) === Number(d[len]);
  };
  return check(9) && check(10);
};

/** Dutch BSN: the "elfproef" (weights 9..2 and -1, sum divisible by 11). */
export const bsnValid = (id: string): boolean => {
  const d = id.replace(/\D/g, '');
  if (d.length !== 9) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(d[i]) * (9 - i);
  sum -= Number(d[8]);
  return sum % 11 === 0 && sum !== 0;
};

/** French NIR (sécurité sociale): 13 digits and a key of 97 minus the number mod 97. */
export const nirValid = (id: string): boolean => {
  const d = id.replace(/\s/g, '');
  if (!/^[12]\d{14}$/.test(d)) return false;
  const n = BigInt(d.slice(0, 13));
  return Number(97n - (n % 97n)) === Number(d.slice(13));
};
