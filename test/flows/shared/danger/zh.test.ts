/**
 * Chinese danger words (locales/zh/danger.txt) as a worker in a scam compound types them: cries and pinyin are
 * critical, fear and compound slang ask, and everyday Chinese (accounts locked, "call me", "tired to death",
 * industrial parks, the duress and "can't talk" phrases) trips nothing.
 */
import { describe, expect, it } from 'vitest';
import { loadLocales } from '../../../../src/i18n/locales.js';
import { createDangerRecognizer } from '../../../../flows/shared/danger/index.js';
const locales = loadLocales('locales', ['en', 'id']);
const r = createDangerRecognizer(locales.dangerLexicons);
const crit = ['救命', '救命啊', '救救我', '他们打我', '我被打了', '昨晚又被电了', '他们用电棍电我', '我被关在小黑屋', '关水牢', '我们被卖到缅甸', '被卖猪仔', '他们要我家人交赎金', '赔钱才放人', 'jiuming', 'jiu wo', '救命！！！', '救命，我在园区', '快帮我报警', '我被打得流血了', '他们说要杀了我', '我被强奸了', '救救我们', 'jiujiuwo', '不要打我', '不要打我了救命', '别打我', '他们不让我走还打我', 'xiaoheiwu', '帮我', '报警', '谁能帮帮我', '求求你们帮帮我们'];
const ask = ['我好害怕', '没有被打', '请帮我发一下表格', '护照被扣了', '我跑不了', '我是狗推', '老板不让走', '不让回国', '我在园区', '你能帮我吗', '您可以帮我吗', '我以前被打过', '他们没有打我', '不用帮我了', '不是被打', '以前被关过，现在安全了', '我被骗到柬埔寨', '逼我们诈骗', '他们收了我的护照'];
const none = ['我的账号被锁定了', '你打我电话吧', '打扰一下', '你好', '我想续签签证', '护照丢了怎么补办', '我在工业园区上班', '累得要死了', '被电话吵醒了', '打死也不去', '谢谢你们的帮助', '我妈妈被电信诈骗了', '今天天气很好', '我的银行卡被锁了', '笑死我了', '我明天去大使馆', '请问怎么办护照', '取消我的订单', '打错了', '我没事', '我不需要帮助', '三个人', '晚上十点以后', '我没有危险', '现在没危险'];
describe('Chinese danger words', () => {
  it.each(crit)('%s is critical', (t) => expect(r.grade(t), JSON.stringify(r.explain(t).matches)).toBe('critical'));
  it.each(ask)('%s asks', (t) => expect(r.grade(t), JSON.stringify(r.explain(t).matches)).toBe('ask'));
  it.each(none)('%s is nothing', (t) => expect(r.grade(t), JSON.stringify(r.explain(t).matches)).toBeUndefined());
});
