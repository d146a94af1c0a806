/**
 * Italian articles and articulated prepositions before a number or a date depend on how the
 * number is read aloud: “lo 0%” (zero), “l’8 marzo” (otto), “l’11%” (undici), “l’80%” (ottanta),
 * but “il 18” (diciotto), “il 100%” (cento), “il 1.000” (mille). Catalogs write the preposition as
 * an i18next formatter (`{{date, dal}}`), and this module picks its form from the value.
 */
export const italianPrepositions = ['il', 'dal', 'al', 'del', 'nel'] as const;
export type ItalianPreposition = (typeof italianPrepositions)[number];

/** How the spoken number begins, which is all the article looks at. */
type Sound = 'z' | 'vowel' | 'consonant';

const forms: Record<ItalianPreposition, Record<Sound, string>> = {
  il: { z: 'lo ', vowel: 'l’', consonant: 'il ' },
  dal: { z: 'dallo ', vowel: 'dall’', consonant: 'dal ' },
  al: { z: 'allo ', vowel: 'all’', consonant: 'al ' },
  del: { z: 'dello ', vowel: 'dell’', consonant: 'del ' },
  nel: { z: 'nello ', vowel: 'nell’', consonant: 'nel ' },
};

/** Below a thousand: zero, uno, otto, undici, ottanta…, ottocento… begin as the article hears them. */
function soundBelowThousand(n: number): Sound {
  if (n >= 100) return Math.floor(n / 100) === 8 ? 'vowel' : 'consonant'; // ottocento; cento, duecento…
  if (n === 0) return 'z';
  if (n === 1 || n === 8 || n === 11 || (n >= 80 && n <= 89)) return 'vowel';
  return 'consonant'; // due…, dieci, dodici…, diciotto, venti…, novanta…
}

/** The first sound of a non-negative whole number read aloud in Italian. */
export function italianNumberSound(n: number): Sound {
  if (n < 1000) return soundBelowThousand(n);
  if (n < 1_000_000) {
    const thousands = Math.floor(n / 1000);
    return thousands === 1 ? 'consonant' : soundBelowThousand(thousands); // mille; ottomila, undicimila
  }
  const millions = Math.floor(n / 1_000_000);
  // “il milione”, “i due milioni”: past a million the noun leads, and only one or eight change it.
  return millions === 1 ? 'consonant' : italianNumberSound(millions);
}

/**
 * The whole number a value starts with, as an Italian reader sees it: a number, or text that
 * begins with digits (“8 mar 2027”, “1.000”, “0,5”), where dots group thousands. Null when the
 * value does not begin with a digit (a negative number, a word).
 */
function leadingNumber(value: unknown): number | null {
  if (typeof value === 'number')
    return Number.isFinite(value) && value >= 0 ? Math.floor(value) : null;
  if (typeof value !== 'string') return null;
  const match = /^\s*(\d{1,3}(?:[.\u202f\u00a0 ]\d{3})+|\d+)/.exec(value);
  return match?.[1] ? Number(match[1].replace(/\D/g, '')) : null;
}

/** The preposition (or article) fitted to the value, joined to it: “dall’11 gen 2027”, “lo 0”. */
export function withItalianArticle(preposition: ItalianPreposition, value: unknown): string {
  const text = String(value);
  const n = leadingNumber(value);
  const sound: Sound = n === null ? 'consonant' : italianNumberSound(n);
  return `${forms[preposition][sound]}${text}`;
}
