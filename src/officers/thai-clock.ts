/**
 * The Thai six-hour clock, rewritten as the 24-hour times the safe-time reader understands. Thais say the
 * hours of the night by watch, not by number: "2 ทุ่ม" is 20:00 (ทุ่ม: 18 + n, 1 to 5; "6 ทุ่ม" is
 * midnight), "ตี 2" is 02:00 (ตี before the number, 1 to 5), "บ่าย 2 (โมง)" is 14:00 and "บ่ายโมง" 13:00
 * (บ่าย before the number, 1 to 5); "ครึ่ง" after any of them adds half an hour. Read as plain numbers
 * these are wrong by up to 18 hours: "อย่าส่ง 3 ทุ่ม" (not at 21:00) would shut 03:00 and leave 21:00 open.
 *
 * Only these forms are rewritten, and only with a number they allow: "ตี" is also "to hit" ("ตีผม 2 ครั้ง",
 * hit me twice), so a count after it ("ครั้ง", "ที", "หน", "รอบ") keeps it a verb; "ทุ่มเท" (to devote) is
 * not a watch. "n โมง" alone (7 โมง: morning, or 1 in the afternoon by the old count?) is left as it is:
 * the reader then asks which, or waits for the person, which is safe.
 */

/** Thai digits and the spelled numbers 1 to 6 (with the spoken "นึง" for one). */
const NUMBER = String.raw`[0-9๐-๙]{1,2}|หนึ่ง|นึง|สอง|สาม|สี่|ห้า|หก`;
const SPELLED: Readonly<Record<string, number>> = { หนึ่ง: 1, นึง: 1, สอง: 2, สาม: 3, สี่: 4, ห้า: 5, หก: 6 };

function numberOf(word: string): number {
  if (word in SPELLED) return SPELLED[word]!;
  return Number(word.replace(/[๐-๙]/g, (d) => String(d.charCodeAt(0) - 0x0e50)));
}

const clock = (h: number, half: string | undefined) => ` ${String(h % 24).padStart(2, '0')}:${half ? '30' : '00'} `;

/** A count or a duration after the number: "ตี 2 ครั้ง" is hitting twice, "บ่าย 2 ชั่วโมง" two hours. */
const NOT_A_TIME = String.raw`(?!\s*(?:ครั้ง|ที(?!่)|หน|รอบ|ชั่วโมง|ชม|นาที))`;

const WATCH = new RegExp(String.raw`(${NUMBER})\s*ทุ่ม(?!เท)(\s*ครึ่ง)?`, 'gu');
// Bare: no number before it, not even one it does not allow ("7 ทุ่ม" is no watch: not guessed as 19:00).
const BARE_WATCH = new RegExp(String.raw`(?<![\p{L}\p{M}]|[0-9๐-๙]\s*)ทุ่ม(?!เท)(\s*ครึ่ง)?`, 'gu');
const NIGHT = new RegExp(String.raw`ตี\s*(${NUMBER})${NOT_A_TIME}(\s*ครึ่ง)?`, 'gu');
const AFTERNOON = new RegExp(String.raw`บ่าย\s*(${NUMBER})${NOT_A_TIME}(?:\s*โมง)?(\s*ครึ่ง)?`, 'gu');
const ONE_PM = /บ่ายโมง(\s*ครึ่ง)?/gu;

/** `text` with the Thai watches written as "HH:MM"; text without them comes back unchanged. */
export function thaiClockToDigits(text: string): string {
  if (!/[ทตบ]/u.test(text)) return text;
  return text
    .replace(WATCH, (all, n: string, half?: string) => {
      const h = numberOf(n);
      return h >= 1 && h <= 6 ? clock(18 + h, half) : all;
    })
    .replace(BARE_WATCH, (_all, half?: string) => clock(19, half)) // "ทุ่มครึ่ง": 19:30
    .replace(NIGHT, (all, n: string, half?: string) => {
      const h = numberOf(n);
      return h >= 1 && h <= 5 ? clock(h, half) : all;
    })
    .replace(ONE_PM, (_all, half?: string) => clock(13, half))
    .replace(AFTERNOON, (all, n: string, half?: string) => {
      const h = numberOf(n);
      return h >= 1 && h <= 5 ? clock(12 + h, half) : all;
    });
}
