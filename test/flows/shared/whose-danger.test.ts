import { describe, expect, it } from 'vitest';
import { whoseDanger } from '../../../flows/shared/whose-danger.js';

describe('whoseDanger', () => {
  it.each([
    'tolong saya dipukul',
    'I am locked in',
    'saya disekap',
    'saya sedang disekap di kamar',
    'tolong aku dikurung',
    'they beat me',
    'they locked me in',
    'mereka memukul saya',
    'saya dipukul oleh mereka',
    'gue disiksa',
    'we are held here, help',
  ])('reads %j as the writer in danger', (text) => {
    expect(whoseDanger(text)).toBe('writer');
  });

  it.each([
    'they beat him',
    'dia bilang disiksa',
    'anak saya dikurung',
    'anakku disekap',
    'my son is locked in',
    'my daughter was raped',
    'tolong bantu cari anak saya',
    'please help find my son',
    'tolong saya, anak saya disiksa',
    'he said they will kill him',
    'Dia disekap, tolong',
    'They beat her now, SOS',
    'they told me he is beaten',
    'suami saya dipukul bosnya',
  ])('reads %j as someone else in danger', (text) => {
    expect(whoseDanger(text)).toBe('other');
  });

  // The captors as "they" / "mereka", with nobody hurt named: not a relative's report (a worker writing of
  // their guards must reach an officer as their own danger).
  it.each(['SOS help, they have guns', 'they have guns', 'mereka bawa senjata, tolong', 'they are coming with knives'])('does not read %j as someone else', (text) => {
    expect(whoseDanger(text)).not.toBe('other');
  });

  it.each(['tolong', 'tolong saya', 'help me', 'SOS', 'dia pukul saya', 'Dia bilang: tolong, saya dipukul'])('is unsure of %j', (text) => {
    expect(whoseDanger(text)).toBe('unsure');
  });
});
