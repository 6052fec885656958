import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';

describe('config', () => {
  it('runs with nothing set: console channel, development key', () => {
    const c = loadConfig({});
    expect(c.telegram).toBeUndefined();
    expect(c.dataKeyIsEphemeral).toBe(true);
    expect(c.redis).toEqual({ prefix: 'hotline:', waitReplicas: 0 });
    expect(c.conversationTtlSeconds).toBe(30 * 24 * 3600);
  });

  it('starts from a .env copied from .env.example: every `NAME=` left empty means its default', () => {
    const env = Object.fromEntries(
      readFileSync('.env.example', 'utf8').split('\n').filter((line) => /^[A-Z_]+=/.test(line)).map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
    );
    expect(Object.keys(env).length).toBeGreaterThan(10);
    const c = loadConfig(Object.fromEntries(Object.entries(env).map(([k, v]) => [k, v.trim() === '' ? '' : v])));
    expect(c.intakeSilenceMs).toBe(30 * 60_000);
    expect(loadConfig({ INTAKE_SILENCE_MINUTES: '', CHAT_ERASE_MINUTES: ' ' }).intakeSilenceMs).toBe(30 * 60_000);
  });

  it('reads a full Telegram setup', () => {
    const c = loadConfig({
      TELEGRAM_BOT_TOKEN: '123456:ABCdefGHIjklMNOpqrSTUvwxYZ',
      TELEGRAM_API_ROOT: 'http://127.0.0.1:8081/',
      DATA_KEY: Buffer.alloc(32, 7).toString('base64'),
      OFFICER_IDS: '11, 22',
      OFFICERS_CHAT_ID: '-1001234567890',
    });
    expect(c.telegram).toMatchObject({ apiRoot: 'http://127.0.0.1:8081', maxRetryAttempts: 2, maxRetrySeconds: 5 });
    expect(c.dataKey.length).toBe(32);
    expect(c.officers).toEqual({ chatId: -1001234567890, officerIds: [11, 22], supervisorIds: [], realertMs: { critical: 300_000, high: 1_800_000 }, responseMs: { critical: 600_000, high: 3_600_000 }, roster: [], groupPostsPerMinute: 20 });
  });

  it('reads webhook mode: URL and secret together, the secret 16-256 of [A-Za-z0-9_-], the answer time; the roles lease time', () => {
    const base = { TELEGRAM_BOT_TOKEN: '123456:ABCdefGHIjklMNOpqrSTUvwxYZ', DATA_KEY: Buffer.alloc(32, 7).toString('base64') };
    const secret = 'a'.repeat(15) + '_-Z9';
    expect(loadConfig(base).telegram?.webhook).toBeUndefined();
    expect(loadConfig({ ...base, TELEGRAM_WEBHOOK_URL: 'https://bot.example.org/tg/hook', TELEGRAM_WEBHOOK_SECRET: secret }).telegram?.webhook)
      .toEqual({ url: 'https://bot.example.org/tg/hook', path: '/tg/hook', secret, answerMs: 25_000 });
    expect(loadConfig({ ...base, TELEGRAM_WEBHOOK_URL: 'https://bot.example.org/', TELEGRAM_WEBHOOK_SECRET: secret, WEBHOOK_ANSWER_MS: '5000' }).telegram?.webhook).toMatchObject({ path: '/', answerMs: 5000 });
    expect(() => loadConfig({ ...base, TELEGRAM_WEBHOOK_URL: 'https://bot.example.org/hook' })).toThrow(/TELEGRAM_WEBHOOK_SECRET: required because TELEGRAM_WEBHOOK_URL is set/);
    expect(() => loadConfig({ ...base, TELEGRAM_WEBHOOK_SECRET: secret })).toThrow(/TELEGRAM_WEBHOOK_URL: required because TELEGRAM_WEBHOOK_SECRET is set/);
    for (const bad of ['short_secret', 'x'.repeat(257), `${'a'.repeat(20)}!`, `${'a'.repeat(20)} b`]) {
      expect(() => loadConfig({ ...base, TELEGRAM_WEBHOOK_URL: 'https://bot.example.org/hook', TELEGRAM_WEBHOOK_SECRET: bad }), bad).toThrow(/TELEGRAM_WEBHOOK_SECRET: must be 16 to 256/);
    }
    expect(() => loadConfig({ ...base, TELEGRAM_WEBHOOK_URL: 'not a url', TELEGRAM_WEBHOOK_SECRET: secret })).toThrow(/TELEGRAM_WEBHOOK_URL: must be the public https/);
    expect(() => loadConfig({ TELEGRAM_WEBHOOK_URL: 'https://bot.example.org/hook', TELEGRAM_WEBHOOK_SECRET: secret })).toThrow(/TELEGRAM_WEBHOOK_URL: set TELEGRAM_BOT_TOKEN too/);
    expect(loadConfig({}).rolesLeaseMs).toBe(30_000);
    expect(loadConfig({ ROLES_LEASE_SECONDS: '1.5' }).rolesLeaseMs).toBe(1_500);
  });

  it('pages the supervisors by default, or the duty roster given, in its order; response times per urgency', () => {
    expect(loadConfig({ SUPERVISOR_IDS: '7,8' }).officers.roster).toEqual([7, 8]);
    const c = loadConfig({ SUPERVISOR_IDS: '7,8', DESK_ROSTER: '9, 7', DESK_RESPONSE_CRITICAL_MINUTES: '2.5', DESK_RESPONSE_HIGH_MINUTES: '20' });
    expect([c.officers.roster, c.officers.responseMs]).toEqual([[9, 7], { critical: 150_000, high: 1_200_000 }]);
    expect(() => loadConfig({ DESK_ROSTER: 'ayu' })).toThrow(/DESK_ROSTER: must be comma-separated Telegram numeric user ids/);
  });

  it('names every bad variable and says what to do', () => {
    try {
      loadConfig({ TELEGRAM_BOT_TOKEN: 'nope', DATA_KEY: 'short', OFFICER_IDS: 'alice', LOG_LEVEL: 'loud' });
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      const msg = (err as Error).message;
      expect(msg).toContain('TELEGRAM_BOT_TOKEN: must look like 123456:ABC-DEF');
      expect(msg).toContain('DATA_KEY: must be 32 random bytes in base64: run `openssl rand -base64 32`');
      expect(msg).toContain('OFFICER_IDS: must be comma-separated Telegram numeric user ids');
      expect(msg).toContain('LOG_LEVEL');
    }
  });

  it('deletes chats after 4 hours by default, and refuses times Telegram bots cannot delete at', () => {
    expect(loadConfig({}).chatEraseMs).toBe(4 * 3600_000);
    expect(loadConfig({ CHAT_ERASE_MINUTES: '30' }).chatEraseMs).toBe(30 * 60_000);
    expect(loadConfig({ CHAT_ERASE_MINUTES: String(47 * 60) }).chatEraseMs).toBe(47 * 3600_000);
    expect(loadConfig({ CHAT_ERASE_MINUTES: '' }).chatEraseMs).toBe(4 * 3600_000); // empty is unset: the default, never "off"
    for (const bad of [String(48 * 60), '2881', '0', 'four hours']) {
      expect(() => loadConfig({ CHAT_ERASE_MINUTES: bad }), bad).toThrow(/CHAT_ERASE_MINUTES: must/);
    }
    expect(() => loadConfig({ CHAT_ERASE_MINUTES: '2880' })).toThrow(/48 hours/);
  });

  it('refuses to run in production without a data key', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/DATA_KEY: required because NODE_ENV is production/);
  });

  describe('the development key', () => {
    const token = '123456:ABCdefGHIjklMNOpqrSTUvwxYZ';
    const key = (n: number) => Buffer.alloc(32, n).toString('base64');

    it('is refused with a real Telegram token or WhatsApp on, whatever NODE_ENV says, with how to make a key', () => {
      for (const NODE_ENV of [undefined, 'development', 'test', 'staging']) {
        expect(() => loadConfig({ NODE_ENV, TELEGRAM_BOT_TOKEN: token })).toThrow(/DATA_KEY: required because TELEGRAM_BOT_TOKEN is set.*openssl rand -base64 32/s);
        expect(() => loadConfig({ NODE_ENV, WHATSAPP_ENABLED: 'true' })).toThrow(/DATA_KEY: required because WHATSAPP_ENABLED is on/);
        expect(() => loadConfig({ NODE_ENV, TELEGRAM_BOT_TOKEN: token, DATA_KEY: ' ' })).toThrow(/DATA_KEY: required/);
      }
    });

    it('is used only for the console channel (no token, WhatsApp off)', () => {
      const c = loadConfig({ WHATSAPP_ENABLED: 'false' });
      expect([c.telegram, c.whatsapp, c.dataKeyIsEphemeral, c.dataKeys.length]).toEqual([undefined, undefined, true, 1]);
      expect(loadConfig({ TELEGRAM_BOT_TOKEN: token, DATA_KEY: key(1) }).dataKeyIsEphemeral).toBe(false);
      expect(loadConfig({ TELEGRAM_BOT_TOKEN: token, DATA_KEYS: key(1) }).dataKeyIsEphemeral).toBe(false);
    });
  });

  describe('DATA_KEYS', () => {
    const key = (n: number) => Buffer.alloc(32, n).toString('base64');

    it('lists keys newest first: seals with the first, person ids from the oldest unless PERSON_ID_KEY is set', () => {
      const c = loadConfig({ DATA_KEYS: ` ${key(3)}, ${key(2)},${key(1)} ` });
      expect(c.dataKeys.map((k) => k[0])).toEqual([3, 2, 1]);
      expect(c.dataKey[0]).toBe(3);
      expect(c.personIdKey[0]).toBe(1);
      expect(loadConfig({ DATA_KEYS: `${key(3)},${key(2)}`, PERSON_ID_KEY: key(1) }).personIdKey[0]).toBe(1);
      const one = loadConfig({ DATA_KEY: key(5) });
      expect([one.dataKeys.length, one.dataKey[0], one.personIdKey[0]]).toEqual([1, 5, 5]);
    });

    it('refuses a bad key, the same key twice, and DATA_KEY with DATA_KEYS', () => {
      expect(() => loadConfig({ DATA_KEYS: `${key(3)},short` })).toThrow(/DATA_KEYS.*must be 32 random bytes in base64/);
      expect(() => loadConfig({ DATA_KEYS: `${key(3)},${key(3)}` })).toThrow(/DATA_KEYS: lists the same key twice/);
      expect(() => loadConfig({ DATA_KEYS: ',' })).toThrow(/DATA_KEYS: must list at least one key/);
      expect(() => loadConfig({ DATA_KEY: key(1), DATA_KEYS: key(2) })).toThrow(/DATA_KEY, DATA_KEYS: set only one/);
      expect(() => loadConfig({ PERSON_ID_KEY: 'short' })).toThrow(/PERSON_ID_KEY: must be 32 random bytes/);
    });
  });

  describe('Redis Sentinel', () => {
    it('reads the sentinels, the primary\'s name (default mymaster) and both passwords; commits then wait for one replica', () => {
      const c = loadConfig({ REDIS_SENTINELS: '10.0.0.1:26379, sentinel-b:26380,[::1]:26381', REDIS_PASSWORD: 'data-secret', REDIS_SENTINEL_PASSWORD: 'sentinel-secret' });
      expect(c.redis).toEqual({
        prefix: 'hotline:',
        password: 'data-secret',
        waitReplicas: 1,
        sentinel: { name: 'mymaster', password: 'sentinel-secret', sentinels: [{ host: '10.0.0.1', port: 26379 }, { host: 'sentinel-b', port: 26380 }, { host: '::1', port: 26381 }] },
      });
      expect(loadConfig({ REDIS_SENTINELS: '10.0.0.1:26379', REDIS_SENTINEL_NAME: 'kh' }).redis.sentinel?.name).toBe('kh');
    });

    it('refuses a bad address, REDIS_URL with REDIS_SENTINELS, and a password given twice', () => {
      expect(() => loadConfig({ REDIS_SENTINELS: '10.0.0.1' })).toThrow(/REDIS_SENTINELS: "10.0.0.1" is not host:port; write REDIS_SENTINELS=10.0.0.1:26379/);
      expect(() => loadConfig({ REDIS_SENTINELS: 'a:99999' })).toThrow(/REDIS_SENTINELS: "a:99999" is not host:port/);
      expect(() => loadConfig({ REDIS_SENTINELS: 'a:1', REDIS_URL: 'redis://b:6379' })).toThrow(/REDIS_URL, REDIS_SENTINELS: set only one/);
      expect(() => loadConfig({ REDIS_URL: 'redis://:pw@b:6379', REDIS_PASSWORD: 'other' })).toThrow(/the URL has a password already/);
      expect(() => loadConfig({ REDIS_SENTINEL_PASSWORD: 'x' })).toThrow(/REDIS_SENTINEL_PASSWORD: set only with REDIS_SENTINELS/);
      expect(loadConfig({ REDIS_URL: 'redis://b:6379', REDIS_PASSWORD: 'pw' }).redis).toMatchObject({ url: 'redis://b:6379', password: 'pw', waitReplicas: 0 });
    });
  });

  describe('Redis Cluster', () => {
    it('reads the nodes and tags the default prefix with the deployment, so that its keys share one slot', () => {
      const c = loadConfig({ REDIS_CLUSTER_NODES: '10.0.0.1:7000,10.0.0.2:7000', DEPLOYMENT: 'ph-phnom-penh' }, [], 'deployments');
      expect(c.redis).toEqual({ prefix: 'hotline:{ph-phnom-penh}:', waitReplicas: 0, cluster: { nodes: [{ host: '10.0.0.1', port: 7000 }, { host: '10.0.0.2', port: 7000 }] } });
      expect(loadConfig({ REDIS_CLUSTER_NODES: 'a:7000' }).redis.prefix).toBe('hotline:{deployment}:'); // ./data/deployment.json
      expect(loadConfig({ REDIS_CLUSTER_NODES: 'a:7000', REDIS_PREFIX: 'kh:{kh}:' }).redis.prefix).toBe('kh:{kh}:');
      // One server keeps the old prefix unless one is given: data written under it is never stranded.
      expect(loadConfig({ DEPLOYMENT: 'ph-phnom-penh' }, [], 'deployments').redis.prefix).toBe('hotline:');
    });

    it('refuses the cluster with REDIS_URL or REDIS_SENTINELS, and a given prefix without a hash tag', () => {
      expect(() => loadConfig({ REDIS_CLUSTER_NODES: 'a:7000', REDIS_URL: 'redis://b:6379' })).toThrow(/REDIS_CLUSTER_NODES, REDIS_URL: set only one/);
      expect(() => loadConfig({ REDIS_CLUSTER_NODES: 'a:7000', REDIS_SENTINELS: 'b:26379' })).toThrow(/REDIS_CLUSTER_NODES, REDIS_SENTINELS: set only one/);
      expect(() => loadConfig({ REDIS_CLUSTER_NODES: 'a:7000', REDIS_PREFIX: 'hotline:' })).toThrow(/REDIS_PREFIX: on a Redis Cluster the prefix needs a \{hash tag\}.*REDIS_PREFIX=hotline:\{deployment\}:/);
      expect(() => loadConfig({ REDIS_PREFIX: 'a:{x}:{y}:' })).toThrow(/REDIS_PREFIX: may hold one \{hash tag\}/);
    });
  });
});
