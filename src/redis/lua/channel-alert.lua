--[[
  channel alert: a channel went down for good (or for over a minute), or came back
  (src/health/channel-watch.ts). Told once per change across processes and restarts: the last state told
  is kept in the alert key, and the event is written only when it changes.

  KEYS[1] alert   the channel's last state told (`down:<problem>:<since ms>`, or `up`)
  KEYS[2] events  the events stream

  ARGV[1] state    'down' or 'up'
  ARGV[2] channel  the channel's name (telegram, whatsapp, console)
  ARGV[3] problem  why it is down (unauthorized, logged-out, …); '' for 'up'
  ARGV[4] now      now, ms
  ARGV[5] maxLen   the events stream's approximate max length

  Writes `channel.down` (channel, problem, at) or `channel.up` (channel, since: when it went down, at).
  Returns '' when this change was told already (nothing written); else for 'down' the problem, for 'up'
  the time it went down, ms ('0' when unknown).
]]
local prev = redis.call('GET', K.alert)
local wasDown = prev and string.sub(prev, 1, 5) == 'down:'
if A.state == 'down' then
  if wasDown then return '' end
  -- The event first: a script is not rolled back, and a failed XADD must leave the change to tell again.
  redis.call('XADD', K.events, 'MAXLEN', '~', A.maxLen, '*', 'type', 'channel.down', 'channel', A.channel, 'problem', A.problem, 'at', A.now)
  redis.call('SET', K.alert, 'down:' .. A.problem .. ':' .. A.now)
  return A.problem
end
if not wasDown then return '' end
local since = string.match(prev, ':(%d+)$') or '0'
redis.call('XADD', K.events, 'MAXLEN', '~', A.maxLen, '*', 'type', 'channel.up', 'channel', A.channel, 'since', since, 'at', A.now)
redis.call('SET', K.alert, 'up')
return since
