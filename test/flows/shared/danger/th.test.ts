/**
 * Thai danger and retraction words (locales/th/danger.txt, retraction.txt) as a worker in a scam compound
 * types them: cries and compound forms (โดนซ้อม, ถูกกักขัง, ช็อตไฟฟ้า, ถูกขาย, หนีไม่ได้, ค่าไถ่) are
 * critical, fear, a taken passport and a denied or past beating ask, and everyday Thai (hyperbole "ร้อนจะตาย",
 * clock words "ตีสอง", a returned document "โดนตีกลับ", the duress and "can't talk" phrases) trips nothing.
 */
import { describe, expect, it } from 'vitest';
import { loadLocales } from '../../../../src/i18n/locales.js';
import { createDangerRecognizer } from '../../../../flows/shared/danger/index.js';
import { createRetractionRecognizer } from '../../../../flows/shared/retraction.js';

const locales = loadLocales('locales', ['en', 'id']);
const r = createDangerRecognizer(locales.dangerLexicons);
const retracts = createRetractionRecognizer(locales.retractionLexicons);

const crit = [
  'ช่วยด้วย', 'ช่วยด้วยยยย', 'ช่วยหนูด้วยค่ะ', 'ช่วยผมที', 'ใครก็ได้ช่วยที', 'โดนซ้อม', 'หัวหน้าซ้อมพวกเรา', 'โดนตีทุกวันเลย', 'ถูกกักขังอยู่ในตึก',
  'โดนช็อตไฟฟ้า', 'มันเอาไฟฟ้าช็อตผม', 'ถูกขายมาอีกบริษัท', 'หนีไม่ได้เลย', 'มันเรียกค่าไถ่', 'พาฉันออกไปจากที่นี่', 'ผมจะโดนฆ่า', 'โดนกระทืบ',
  'โดนล่ามโซ่', 'ผมไม่อยากตาย', 'ออกไม่ได้ ช่วยด้วย', 'ช่วยผมด้วย ไม่มีใครดูแล', 'SOS ช่วยด้วย', 'ถูกยึดพาสปอร์ต ถูกขังไว้',
];
const ask = [
  'ฉันกลัวมาก', 'ถูกยึดพาสปอร์ต', 'ออกไปไหนไม่ได้', 'ถูกบังคับให้ทำงานหลอกคน', 'ไม่ได้ถูกตี', 'ไม่เคยโดนตี', 'เคยโดนซ้อมเมื่อปีที่แล้ว',
  'ตอนนี้ปลอดภัยแล้ว เมื่อวานโดนตี', 'ลูกชายหายไป ติดต่อไม่ได้', 'ช่วยผมดูเอกสารหน่อย',
];
const none = [
  'ช่วยส่งแบบฟอร์มให้หน่อย', 'ขอบคุณที่ช่วยเหลือครับ', 'สวัสดีค่ะ', 'ตีสองแล้วยังไม่นอน', 'วันนี้ตีกอล์ฟ', 'ซ้อมดนตรีทุกวัน', 'ร้อนจะตาย', 'หิวจะตายแล้ว',
  'เอกสารโดนตีกลับ', 'ตั๋วถูกขายหมดแล้ว', 'ทำร้ายจิตใจจัง', 'ขอเบอร์ฉุกเฉินหน่อย', 'หนังสือเดินทางฉุกเฉินทำยังไง', 'ยกเลิกออเดอร์', 'ผิดเบอร์',
  'กลางคืนหลัง 22:00', 'ไฟฟ้าดับ',
];

describe('Thai danger words', () => {
  it.each(crit)('%s is critical', (t) => expect(r.grade(t), JSON.stringify(r.explain(t).matches)).toBe('critical'));
  it.each(ask)('%s asks', (t) => expect(r.grade(t), JSON.stringify(r.explain(t).matches)).toBe('ask'));
  it.each(none)('%s is nothing', (t) => expect(r.grade(t), JSON.stringify(r.explain(t).matches)).toBeUndefined());
});

describe('Thai retraction phrases', () => {
  it.each(['ผมสบายดีแล้วครับ', 'หนูปลอดภัยแล้ว', 'ไม่ต้องช่วยแล้ว', 'ขอปิดเคสด้วย', 'แค่ล้อเล่นนะ', 'ส่งผิดค่ะ ขอโทษ', 'ยกเลิกเรื่อง'])('%s takes the report back', (t) =>
    expect(retracts(t)).toBe(true));
  it.each(['ไม่ได้ล้อเล่น', 'ฉันไม่ปลอดภัย', 'ใช่', 'ไม่', 'ข้าม', 'ไม่มีอะไร', 'ยกเลิกออเดอร์', 'กลางคืนหลัง 22:00'])('%s does not', (t) =>
    expect(retracts(t)).toBe(false));
});
